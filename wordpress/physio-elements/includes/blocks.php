<?php
/**
 * The blocks (blocks/<name>/block.json): rendered on the server through physio_elements_tag(), so a block and a
 * shortcode write the same tag. The editor scripts (editor/) are plain browser JavaScript on the wp.* globals.
 */

defined( 'ABSPATH' ) || exit;

/** Block name => the element it writes. */
function physio_elements_blocks(): array {
	return array(
		'physio-elements/faq'           => 'physio-faq',
		'physio-elements/red-flags'     => 'physio-red-flags',
		'physio-elements/load-bucket'   => 'physio-load-bucket',
		'physio-elements/exercise-card' => 'physio-exercise-card',
		'physio-elements/booking-cta'   => 'physio-booking-cta',
	);
}

/**
 * The element's markup for a block: headingLevel → heading-level; per-side's "off" is written `per-side="false"`,
 * which turns a built-in exercise's default off (no attribute would keep it).
 *
 * @param string               $tag        The element.
 * @param array<string, mixed> $attributes The block's attributes.
 * @param string               $content    The FAQ's saved questions (`<details>`), else ''.
 */
function physio_elements_render_block( string $tag, array $attributes, string $content = '' ): string {
	$element = array();
	foreach ( array_keys( physio_elements_attributes()[ $tag ] ?? array() ) as $name ) {
		$camel = lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
		$value = $attributes[ $camel ] ?? null;
		if ( false === $value && 'per-side' === $name ) {
			$value = 'false';
		}
		$element[ $name ] = is_int( $value ) || is_float( $value ) ? (string) $value : $value;
	}
	return physio_elements_tag( $tag, $element, $content );
}

add_action(
	'init',
	static function (): void {
		$plugin = PHYSIO_ELEMENTS_FILE;
		$wp     = array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-data' );
		// Each file adds to window.physioElementsEditor what the next one uses.
		$scripts = array(
			'physio-elements-editor-checks'     => array( 'checks.js', array() ),
			'physio-elements-editor-attributes' => array( 'attributes.js', array( 'wp-i18n' ) ),
			'physio-elements-editor-controls'   => array( 'controls.js', array_merge( $wp, array( 'physio-elements-editor-checks', 'physio-elements-editor-attributes' ) ) ),
			'physio-elements-editor-faq'        => array( 'faq.js', array_merge( $wp, array( 'physio-elements-editor-controls' ) ) ),
			'physio-elements-editor'            => array( 'blocks.js', array_merge( $wp, array( 'physio-elements-editor-faq' ) ) ),
		);
		foreach ( $scripts as $handle => list( $file, $dependencies ) ) {
			wp_register_script( $handle, plugins_url( 'editor/' . $file, $plugin ), $dependencies, PHYSIO_ELEMENTS_VERSION, true );
			wp_set_script_translations( $handle, 'physio-elements', plugin_dir_path( $plugin ) . 'languages' );
		}

		register_block_type( dirname( __DIR__ ) . '/blocks/faq-question' );
		foreach ( physio_elements_blocks() as $name => $tag ) {
			register_block_type(
				dirname( __DIR__ ) . '/blocks/' . substr( $name, strlen( 'physio-elements/' ) ),
				array(
					'render_callback' => static function ( array $attributes, string $content ) use ( $tag ): string {
						return physio_elements_render_block( $tag, $attributes, $content );
					},
				)
			);
		}
	}
);

/**
 * The elements themselves in the editor, for the blocks' live previews. WordPress 6.1's post editor is not in an
 * iframe, so the editor page is enough; the iframed editors of 6.3+ (and the site editor) need the files inside the
 * iframe too: enqueue them from `enqueue_block_assets` (which then also runs on the front end) when is_admin().
 */
add_action(
	'enqueue_block_editor_assets',
	static function (): void {
		physio_elements_enqueue();
		// The site's numbers, which the front end puts on a tag that has none (includes/site-settings.php): the
		// previews get them the same way, and the fields show them as placeholders. Keyed by block attribute; only
		// the numbers that are set, so an empty setting leaves the element's own default.
		$options  = physio_elements_options();
		$defaults = array_filter(
			array(
				'emergencyNumber'  => $options['emergency_number'],
				'afterHoursNumber' => $options['after_hours_number'],
			)
		);
		wp_add_inline_script(
			'physio-elements-editor-controls',
			'(window.physioElementsEditor = window.physioElementsEditor || {}).defaults = ' . wp_json_encode( (object) $defaults ) . ';',
			'before'
		);
	}
);

/*
 * The site's country for the previews, as the front end's wp_head prints it: without it an editor of a Belgian site
 * sees the Dutch routes in the preview. Only on block-editor screens, the one admin place the widgets run. The
 * iframed editors of 6.3+ would need it inside the iframe as well.
 */
add_action(
	'admin_head',
	static function (): void {
		$screen  = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		$country = physio_elements_options()['country'];
		if ( $screen && $screen->is_block_editor() && '' !== $country ) {
			printf( '<meta name="physio-region" content="%s" />' . "\n", esc_attr( $country ) );
		}
	},
	1
);
