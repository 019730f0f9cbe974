<?php
/**
 * Plugin Name:       physio-elements
 * Description:       Low back pain widgets for physiotherapy clinic websites: FAQ, red-flag checklist, load bucket, exercise card and booking call-to-action.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       physio-elements
 *
 * A thin layer: every behaviour lives in the custom elements (assets/, MIT); PHP only writes their tags.
 */

defined( 'ABSPATH' ) || exit;

// `npm run build:wordpress` writes the package's version here and in the header above.
define( 'PHYSIO_ELEMENTS_VERSION', '0.0.0-dev' );
define( 'PHYSIO_ELEMENTS_FILE', __FILE__ );

require __DIR__ . '/includes/elements.php';
require __DIR__ . '/includes/assets.php';
require __DIR__ . '/includes/render.php';
require __DIR__ . '/includes/shortcodes.php';
require __DIR__ . '/includes/i18n.php';
require __DIR__ . '/includes/blocks.php';
require __DIR__ . '/includes/options.php';
require __DIR__ . '/includes/site-settings.php';
require __DIR__ . '/includes/kses.php';
if ( is_admin() ) {
	require __DIR__ . '/includes/settings.php';
}
