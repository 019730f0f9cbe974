<?php
/**
 * What the settings do on the front end: the country as `<meta name="physio-region">`, the default phone numbers on
 * the tags PHP writes, the theme and accent colour with the widgets' stylesheet.
 */

defined( 'ABSPATH' ) || exit;

/*
 * On every front-end page, not only where the plugin sees a widget: it cannot see them all (a theme's template part,
 * a widget area, another plugin's output, markup a developer added), and a widget that misses the meta shows another
 * country's numbers. One short tag costs less than a Belgian reader being told about a Dutch GP post.
 */
add_action(
	'wp_head',
	static function (): void {
		$country = physio_elements_options()['country'];
		if ( '' !== $country ) {
			printf( '<meta name="physio-region" content="%s" />' . "\n", esc_attr( $country ) );
		}
	},
	1
);

/* The site's numbers for a tag written by a shortcode or block that left them empty; its own number wins. */
add_filter(
	'physio_elements_element_attributes',
	static function ( array $attributes, string $tag ): array {
		$options = physio_elements_options();
		$known   = physio_elements_attributes()[ $tag ] ?? array();
		foreach ( array( 'emergency-number' => 'emergency_number', 'after-hours-number' => 'after_hours_number' ) as $name => $key ) {
			$own = $attributes[ $name ] ?? '';
			if ( isset( $known[ $name ] ) && '' !== $options[ $key ] && ( ! is_string( $own ) || '' === trim( $own ) ) ) {
				$attributes[ $name ] = $options[ $key ];
			}
		}
		return $attributes;
	},
	10,
	2
);

/*
 * The theme and accent go with the widgets' stylesheet, so pages without a widget load nothing. The accent is set on
 * :root (specificity 0,1,0): it beats the theme files' :where(:root) whichever loads first, and a site's own :root
 * rule later in the page (Additional CSS) still wins, as the theme files promise.
 */
add_action(
	'physio_elements_enqueued',
	static function ( string $base, string $version ): void {
		static $done = false;
		if ( $done ) {
			return;
		}
		$done    = true;
		$options = physio_elements_options();
		if ( '' !== $options['theme'] ) {
			wp_enqueue_style( 'physio-elements-theme', $base . 'themes/' . $options['theme'] . '.css', array( 'physio-elements' ), $version );
		}
		if ( '' !== $options['accent'] ) {
			wp_add_inline_style( 'physio-elements', ':root{--physio-color-accent:' . $options['accent'] . '}' );
		}
	},
	10,
	2
);
