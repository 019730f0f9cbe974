// A real WordPress for the plugin's tests, started by this script on 127.0.0.1 (issue 17): WordPress and its theme
// from Debian's packages, unpacked (installing them would pull in Apache on port 80); PHP 8.2's own server with a
// router; MariaDB on a unix socket in a temp folder (no TCP port); wp_install() from PHP; a must-use plugin that
// blocks outgoing HTTP and mail. Recipe: ../shared/design/wordpress-notes.md. Work in progress: not yet in CI.
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  rmSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  cpSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../scripts/free-port.mjs';

const packages = ['php8.2-cli', 'php8.2-mysql', 'php8.2-xml', 'php8.2-mbstring', 'php8.2-gd', 'mariadb-server'];
const libraries = ['php-getid3', 'libjs-cropper', 'libjs-underscore'];
const debs = ['wordpress', 'wordpress-theme-twentytwentythree'];

/** Installs what is missing from Debian's apt (root, or sudo). */
export function ensurePackages() {
  const missing = [...packages, ...libraries].filter((name) => {
    try {
      return !execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).includes('installed');
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) => execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit' });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

/** Unpacks WordPress and its default theme into `root`, with the links Debian's package expects resolved. */
function unpackWordPress(root, cache) {
  mkdirSync(cache, { recursive: true });
  for (const name of debs) {
    if (!readdirSync(cache).some((file) => file.startsWith(`${name}_`))) {
      execFileSync('apt-get', ['download', name], { cwd: cache, stdio: 'ignore' });
    }
    const deb = readdirSync(cache).find((file) => file.startsWith(`${name}_`));
    execFileSync('dpkg-deb', ['-x', join(cache, deb), root]);
  }
  for (const dir of ['php/getid3', 'javascript/cropper', 'javascript/underscore']) {
    mkdirSync(join(root, 'usr/share', dir, '..'), { recursive: true });
    if (!existsSync(join(root, 'usr/share', dir))) symlinkSync(join('/usr/share', dir), join(root, 'usr/share', dir));
  }
  return join(root, 'usr/share/wordpress');
}

async function waitFor(check, what, seconds = 30) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check()) return;
    await sleep(250);
  }
  throw new Error(`${what} did not start in ${seconds} s`);
}

/**
 * Starts a fresh site on 127.0.0.1 (port: PHYSIO_WP_PORT, else a free one, so CI and another checkout's tests never
 * meet). Returns { url, wordpress, content, debugLog, php(code), stop() }.
 * @param {{ port?: number, cache?: string }} [options]
 */
export async function startWordPress({
  port = Number(process.env.PHYSIO_WP_PORT ?? 0),
  cache = join(tmpdir(), 'physio-wordpress-debs'),
} = {}) {
  port ||= await freePort();
  ensurePackages();
  // PHP's server exits quietly on a busy port, and the tests would then talk to another checkout's site.
  if (await fetch(`http://127.0.0.1:${port}`).catch(() => null)) {
    throw new Error(`port ${port} is in use: stop that server, or unset PHYSIO_WP_PORT to get a free port`);
  }
  const work = mkdtempSync(join(tmpdir(), 'physio-wordpress-'));
  const wordpress = unpackWordPress(join(work, 'root'), cache);
  const content = join(work, 'wp-content');
  cpSync(join(wordpress, 'wp-content'), content, { recursive: true });
  mkdirSync(join(content, 'mu-plugins'), { recursive: true });
  writeFileSync(
    join(content, 'mu-plugins/offline.php'),
    "<?php\n// Test site only: no outgoing HTTP, no mail.\nadd_filter('pre_http_request', fn() => new WP_Error('offline', 'offline test site'), 1);\nadd_filter('pre_wp_mail', '__return_false');\n",
  );

  // Whatever has started is stopped, and the folder deleted, on stop() or when starting fails half-way.
  let mariadb;
  let server;
  const stop = async () => {
    const exited = (child) =>
      !child || child.exitCode !== null || new Promise((resolve) => child.once('exit', resolve));
    server?.kill();
    mariadb?.kill();
    await Promise.all([exited(server), exited(mariadb)]);
    rmSync(work, { recursive: true, force: true });
  };
  try {
    const db = join(work, 'db');
    const socket = join(work, 'mysql.sock');
    mkdirSync(db);
    execFileSync('chown', ['-R', 'mysql:mysql', work]);
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${db}`, '--skip-test-db', '--user=mysql'], {
      stdio: 'ignore',
    });
    mariadb = spawn(
      'mariadbd',
      ['--no-defaults', `--datadir=${db}`, `--socket=${socket}`, '--skip-networking', '--user=mysql'],
      { stdio: 'ignore' },
    );
    await waitFor(() => existsSync(socket), 'MariaDB');
    execFileSync('mariadb', [
      '--no-defaults',
      `--socket=${socket}`,
      '-uroot',
      '-e',
      "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';",
    ]);

    const url = `http://127.0.0.1:${port}`;
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT'];
    writeFileSync(
      join(wordpress, 'wp-config.php'),
      `<?php
  define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp'); define('DB_HOST', 'localhost:${socket}');
  define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
  ${[...keys, 'LOGGED_IN_SALT', 'NONCE_SALT'].map((key) => `define('${key}', 'test-only-${key}');`).join('\n')}
  $table_prefix = 'wp_';
  define('WP_DEBUG', true); define('WP_DEBUG_LOG', '${join(work, 'debug.log')}'); define('WP_DEBUG_DISPLAY', false);
  define('WP_ENVIRONMENT_TYPE', 'local'); define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}');
  define('WP_CONTENT_DIR', '${content}'); define('WP_CONTENT_URL', '${url}/wp-content');
  define('AUTOMATIC_UPDATER_DISABLED', true); define('DISABLE_WP_CRON', true); define('FS_METHOD', 'direct');
  if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
  require_once ABSPATH . 'wp-settings.php';
  `,
    );
    const debugLog = join(work, 'debug.log');
    // A fatal error prints WordPress's HTML error page; the cause is in the debug log, so that is what we report.
    const php = (code) => {
      try {
        return execFileSync(
          'php',
          ['-r', `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; require '${wordpress}/wp-load.php'; ${code}`],
          { encoding: 'utf8' },
        );
      } catch (error) {
        const log = existsSync(debugLog) ? readFileSync(debugLog, 'utf8').trim().split('\n').slice(-12).join('\n') : '';
        throw new Error(`PHP failed (exit ${error.status}); debug.log ends:\n${log}`, { cause: error });
      }
    };
    execFileSync('php', [
      '-r',
      `define('WP_INSTALLING', true); $_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; require '${wordpress}/wp-load.php';
       require_once ABSPATH . 'wp-admin/includes/upgrade.php'; wp_install('physio test', 'admin', 'admin@example.test', false, '', 'admin-pass-1');`,
    ]);
    php("switch_theme('twentytwentythree');");

    const router = join(work, 'router.php');
    writeFileSync(
      router,
      `<?php
  $path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
  $types = ['css' => 'text/css', 'js' => 'text/javascript', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'woff2' => 'font/woff2', 'json' => 'application/json'];
  $serve = function ($file) use ($types) { header('Content-Type: ' . ($types[pathinfo($file, PATHINFO_EXTENSION)] ?? 'application/octet-stream')); readfile($file); return true; };
  if (str_starts_with($path, '/wp-content/')) { $file = '${content}' . substr($path, 11); if (is_file($file) && !str_ends_with($file, '.php')) return $serve($file); http_response_code(404); return true; }
  $file = '${wordpress}' . $path;
  if (is_file($file) && !str_ends_with($file, '.php')) return $serve($file);
  if (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) $file = rtrim($file, '/') . '/index.php';
  if (!is_file($file)) $file = '${wordpress}/index.php';
  chdir(dirname($file)); $_SERVER['SCRIPT_NAME'] = substr($file, strlen('${wordpress}')); require $file; return true;
  `,
    );
    server = spawn('php', ['-S', `127.0.0.1:${port}`, router], { cwd: wordpress, stdio: 'ignore' });
    await waitFor(async () => (await fetch(url).catch(() => null))?.ok, 'PHP server');
    return {
      url,
      wordpress,
      content,
      debugLog,
      php,
      /** Stops PHP and MariaDB and deletes the site (about 180 MB, mostly MariaDB's files). */
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

// `node wordpress/test/wordpress-site.mjs`: start a site and keep it running until Ctrl-C.
if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await startWordPress();
  console.log(`WordPress at ${site.url} (admin / admin-pass-1); Ctrl-C stops it`);
  process.on('SIGINT', () => site.stop().then(() => process.exit(0)));
}
