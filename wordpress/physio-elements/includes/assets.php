<?php
/**
 * The script and preload.css, self-hosted from the plugin, only on pages that use a widget.
 */

defined( 'ABSPATH' ) || exit;

/** Enqueues the widgets' files; safe to call more than once. */
function physio_elements_enqueue(): void {
	$base    = plugins_url( 'assets/', dirname( __DIR__ ) . '/physio-elements.php' );
	$version = '0.2.0';
	wp_enqueue_style( 'physio-elements', $base . 'physio-elements.css', array(), $version );
	wp_enqueue_script( 'physio-elements', $base . 'physio-elements.js', array(), $version, true );
	/**
	 * Fires each time the widgets' files are enqueued; the settings add the theme and accent colour here.
	 *
	 * @param string $base    URL of the plugin's assets/ folder, with a trailing slash.
	 * @param string $version The files' version.
	 */
	do_action( 'physio_elements_enqueued', $base, $version );
}

/** The script is an ES module. */
add_filter(
	'script_loader_tag',
	static function ( string $tag, string $handle ): string {
		return 'physio-elements' === $handle ? str_replace( '<script ', '<script type="module" ', $tag ) : $tag;
	},
	10,
	2
);

/** In the head already when the post shows a shortcode or pasted element markup, so preload.css keeps the page from moving. */
add_action(
	'wp_enqueue_scripts',
	static function (): void {
		$post = get_post();
		if ( ! $post || ! is_singular() ) {
			return;
		}
		foreach ( array_keys( physio_elements_attributes() ) as $tag ) {
			// Element markup pasted into the post needs the script as much as a shortcode does.
			if ( has_shortcode( $post->post_content, str_replace( '-', '_', $tag ) ) || false !== stripos( $post->post_content, '<' . $tag ) ) {
				physio_elements_enqueue();
				return;
			}
		}
	}
);
