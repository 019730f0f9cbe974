<?php
/**
 * Deleting the plugin removes its settings, on every site of a network; posts keep their shortcodes and markup,
 * which then show as text or plain HTML.
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $physio_site ) {
		switch_to_blog( $physio_site );
		delete_option( 'physio_elements' );
		restore_current_blog();
	}
} else {
	delete_option( 'physio_elements' );
}
