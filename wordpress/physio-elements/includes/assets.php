<?php
/**
 * The script and preload.css, self-hosted from the plugin, only on pages that use a widget.
 */

defined( 'ABSPATH' ) || exit;

/** Enqueues the widgets' files; safe to call more than once. */
function physio_elements_enqueue(): void {
	$base = plugins_url( 'assets/', PHYSIO_ELEMENTS_FILE );
	wp_enqueue_style( 'physio-elements', $base . 'physio-elements.css', array(), PHYSIO_ELEMENTS_VERSION );
	// In the head when enqueued before it is printed (a module waits for the parser anyway, and starts loading
	// sooner there); enqueued later, WordPress prints it in the footer.
	wp_enqueue_script( 'physio-elements', $base . 'physio-elements.js', array(), PHYSIO_ELEMENTS_VERSION, false );
	/**
	 * Fires each time the widgets' files are enqueued; the settings add the theme and accent colour here.
	 *
	 * @param string $base    URL of the plugin's assets/ folder, with a trailing slash.
	 * @param string $version The files' version.
	 */
	do_action( 'physio_elements_enqueued', $base, PHYSIO_ELEMENTS_VERSION );
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

/** In the head already when the post shows a shortcode, a block or pasted element markup, so preload.css keeps the page from moving. */
add_action(
	'wp_enqueue_scripts',
	static function (): void {
		$post = get_post();
		if ( ! $post || ! is_singular() ) {
			return;
		}
		foreach ( array_keys( physio_elements_attributes() ) as $tag ) {
			$block = 'physio-elements/' . substr( $tag, strlen( 'physio-' ) );
			// Element markup pasted into the post needs the script as much as a shortcode does.
			if ( has_shortcode( $post->post_content, str_replace( '-', '_', $tag ) ) || has_block( $block, $post ) || false !== stripos( $post->post_content, '<' . $tag ) ) {
				physio_elements_enqueue();
				return;
			}
		}
	}
);
