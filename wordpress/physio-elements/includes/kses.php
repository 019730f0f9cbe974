<?php
/**
 * Lets authors and editors without unfiltered_html save element markup (see wordpress-notes.md): each physio-* tag
 * with exactly the attributes in custom-elements.json, and what the FAQ's light-DOM <details> use. KSES still
 * escapes every value and strips bad URL protocols; the elements check what the values mean.
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'wp_kses_allowed_html',
	static function ( $tags, $context ) {
		if ( 'post' !== $context || ! is_array( $tags ) ) {
			return $tags;
		}
		foreach ( physio_elements_attributes() as $tag => $attributes ) {
			// An event handler or inline style must never pass, even if an element one day had an attribute so named.
			$names        = array_filter( array_keys( $attributes ), static fn ( $name ): bool => 'style' !== $name && 0 !== stripos( (string) $name, 'on' ) );
			$tags[ $tag ] = array_fill_keys( $names, true );
		}
		// name: exclusive accordions (<details name>); open: a question open on load; id: the FAQ's deep links.
		$tags['details'] = array_merge( $tags['details'] ?? array(), array_fill_keys( array( 'name', 'open', 'id' ), true ) );
		$tags['summary'] = array_merge( $tags['summary'] ?? array(), array( 'id' => true ) );
		return $tags;
	},
	10,
	2
);
