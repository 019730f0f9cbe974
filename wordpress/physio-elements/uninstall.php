<?php
/**
 * Deleting the plugin removes its settings; posts keep their shortcodes and markup, which show as text or plain HTML.
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'physio_elements' );
