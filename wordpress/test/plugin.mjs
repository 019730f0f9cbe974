// Installs the built zip the way an administrator's "Upload Plugin" does (WordPress's Plugin_Upgrader unpacks it
// into wp-content/plugins), then activates it. Every WordPress test starts from this.
import { resolve } from 'node:path';

export const zip = resolve('dist/wordpress/physio-elements.zip');

/** @param {{ php(code: string): string }} site */
export function installPlugin(site) {
  const result = site.php(`
    require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    require_once ABSPATH . 'wp-admin/includes/file.php';
    require_once ABSPATH . 'wp-admin/includes/misc.php';
    wp_set_current_user(1);
    $upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
    $installed = $upgrader->install('${zip}');
    if (true !== $installed) { echo 'install failed: ', implode(' ', $upgrader->skin->get_upgrade_messages()); return; }
    $activated = activate_plugin($upgrader->plugin_info());
    echo is_wp_error($activated) ? 'activate failed: ' . $activated->get_error_message() : $upgrader->plugin_info();
  `);
  if (result.trim() !== 'physio-elements/physio-elements.php')
    throw new Error(`The plugin zip did not install: ${result}`);
}
