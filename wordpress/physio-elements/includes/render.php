<?php
/**
 * One way to write an element's tag, for shortcodes and blocks alike: only the manifest's attributes, every value
 * escaped, and the script enqueued. The element itself checks what the values mean (URLs, numbers, choices).
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's markup.
 *
 * @param string                               $tag        A physio-* tag from elements.json.
 * @param array<string, string|int|float|bool|null> $attributes Attribute name (as the element spells it) => value;
 *                                                          true writes a boolean attribute, false/null/'' nothing.
 * @param string                               $content    Light-DOM content, already safe HTML (a block's saved inner blocks).
 */
function physio_elements_tag( string $tag, array $attributes, string $content = '' ): string {
	$known = physio_elements_attributes()[ $tag ] ?? null;
	if ( null === $known ) {
		return '';
	}
	/**
	 * Filters an element's attributes before they are written; the settings page adds its defaults here.
	 *
	 * @param array  $attributes Attribute name => value.
	 * @param string $tag        The element's tag.
	 */
	$attributes = (array) apply_filters( 'physio_elements_element_attributes', $attributes, $tag );
	physio_elements_enqueue();
	$links = physio_elements_url_attributes();
	$html  = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		if ( ! isset( $known[ $name ] ) || false === $value || null === $value || '' === $value ) {
			continue;
		}
		$value = true === $value ? true : (string) $value;
		if ( is_string( $value ) && isset( $links[ $name ] ) ) {
			// The element refuses these too; WordPress's own protocol filter makes the markup safe on its own.
			$value = wp_kses_bad_protocol( $value, $links[ $name ] );
		}
		$html .= ' ' . $name . ( true === $value ? '' : '="' . esc_attr( $value ) . '"' );
	}
	return $html . '>' . $content . '</' . $tag . '>';
}

/**
 * Attributes that are links, with the protocols the elements accept in them (a relative link has none and stays).
 *
 * @return array<string, string[]>
 */
function physio_elements_url_attributes(): array {
	return array(
		'href'  => array( 'https', 'http' ),
		'video' => array( 'https' ),
	);
}
