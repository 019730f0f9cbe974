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

/**
 * The script is an ES module. Only our own `<script … id="physio-elements-js">` changes: an inline script another
 * plugin adds before or after it stays classic, and a `type` a theme without html5 support writes is replaced, not
 * doubled. (WordPress 6.5+ has wp_enqueue_script_module(); 6.1 has only this filter.)
 */
add_filter(
	'script_loader_tag',
	static function ( $tag, $handle ) {
		if ( 'physio-elements' !== $handle || ! is_string( $tag ) ) {
			return $tag;
		}
		return (string) preg_replace_callback(
			'/<script\b[^>]*\bid=([\'"])physio-elements-js\1[^>]*>/',
			static fn ( array $open ): string => '<script type="module"' . preg_replace( '/\s+type=([\'"])[^\'"]*\1/', '', substr( $open[0], 7 ) ),
			$tag,
			1
		);
	},
	10,
	2
);

/**
 * In the head already when a post on the page shows a shortcode, a block or pasted element markup, so preload.css
 * keeps the page from moving: one post, or every post of an archive or the blog page.
 */
add_action(
	'wp_enqueue_scripts',
	static function (): void {
		foreach ( $GLOBALS['wp_query']->posts ?? array() as $post ) {
			if ( $post instanceof WP_Post && physio_elements_in_content( $post->post_content ) ) {
				physio_elements_enqueue();
				return;
			}
		}
	}
);

/** Whether the content has one of the widgets as a shortcode, a block or pasted markup. */
function physio_elements_in_content( string $content ): bool {
	foreach ( array_keys( physio_elements_attributes() ) as $tag ) {
		$block = 'physio-elements/' . substr( $tag, strlen( 'physio-' ) );
		if ( has_shortcode( $content, str_replace( '-', '_', $tag ) ) || has_block( $block, $content ) || false !== stripos( $content, '<' . $tag ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Pasted markup where no post shows it (a reusable block, a widget area, another plugin's output): the files then
 * arrive in the footer, late, but the widgets still work.
 */
foreach ( array( 'the_content', 'widget_text_content', 'widget_block_content' ) as $physio_filter ) {
	add_filter(
		$physio_filter,
		static function ( $html ) {
			if ( is_string( $html ) && false !== stripos( $html, '<physio-' ) ) {
				physio_elements_enqueue();
			}
			return $html;
		},
		99
	);
}
