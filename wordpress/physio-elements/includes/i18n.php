<?php
/**
 * The editor's and the settings page's own words (English, Dutch, French, German). The widgets translate
 * themselves from the page's language; these files only cover what editors and administrators read.
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function (): void {
		load_plugin_textdomain( 'physio-elements', false, dirname( plugin_basename( PHYSIO_ELEMENTS_FILE ) ) . '/languages' );
	},
	// Before blocks.php registers the blocks (also on init), whose titles are translated as they register.
	5
);
