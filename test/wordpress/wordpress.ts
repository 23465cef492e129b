/**
 * A real WordPress for the tests, from Debian's packages, on the loopback only (../shared/CMS.md):
 * MariaDB with --skip-networking on a private data folder under a temp dir, a copy of
 * /usr/share/wordpress with its own wp-config.php served by `php -S 127.0.0.1:PORT`, wp_install()
 * from php-cli, one user per role. WordPress is told to call no server (WP_HTTP_BLOCK_EXTERNAL,
 * no updater, no cron). `stop()` ends every process it started and removes the folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePackages, WORDPRESS_PACKAGES } from './env.js';

export type Role = 'administrator' | 'editor' | 'author' | 'contributor';
export const ROLES: Role[] = ['administrator', 'editor', 'author', 'contributor'];

export interface WordPress {
  /** http://127.0.0.1:PORT */
  origin: string;
  dir: string;
  site: string;
  users: Record<Role, { login: string; password: string; id: number }>;
  /** Runs PHP inside WordPress (php-cli, wp-load.php loaded, as the administrator); returns stdout. */
  php(code: string): string;
  /** The PHP notices, warnings and errors WordPress logged (WP_DEBUG_LOG). */
  debugLog(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, proc?: ChildProcess): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (proc && proc.exitCode !== null) throw new Error(`${what}: the process exited with ${proc.exitCode}`);
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`${what}: not ready after ${timeoutMs} ms`);
}

function run(cmd: string, args: string[], opts: { input?: string; cwd?: string } = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', input: opts.input, cwd: opts.cwd, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

async function stopProcess(p: ChildProcess | undefined, name: string): Promise<void> {
  if (!p || p.exitCode !== null || p.signalCode !== null || p.pid === undefined) return;
  const done = new Promise<void>((r) => p.once('exit', () => r()));
  try {
    process.kill(-p.pid, 'SIGTERM'); // its own process group: php's workers and mariadbd's threads.
  } catch {
    p.kill('SIGTERM');
  }
  const t = setTimeout(() => {
    try {
      process.kill(-p.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, 8000);
  await done;
  clearTimeout(t);
  if (process.env.SW_WP_VERBOSE) console.log(`stopped ${name}`);
}

export async function startWordPress(opts: { keep?: boolean } = {}): Promise<WordPress> {
  ensurePackages([...WORDPRESS_PACKAGES]);
  const dir = mkdtempSync(join(tmpdir(), 'sw-wp-'));
  const sock = join(dir, 'mysqld.sock');
  const site = join(dir, 'site');
  const procs: ChildProcess[] = [];
  let mysqld: ChildProcess | undefined;
  let php: ChildProcess | undefined;
  // Whatever happens to this process, the servers it started do not outlive it.
  const killAll = () => {
    for (const p of procs) {
      try {
        if (p.pid && p.exitCode === null) process.kill(-p.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  };
  const onSignal = (sig: NodeJS.Signals) => {
    killAll();
    if (!opts.keep && !process.env.SW_WP_KEEP) rmSync(dir, { recursive: true, force: true });
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', killAll);
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  const stop = async () => {
    process.off('exit', killAll);
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await stopProcess(php, 'php');
    await stopProcess(mysqld, 'mariadbd');
    if (!opts.keep && !process.env.SW_WP_KEEP) rmSync(dir, { recursive: true, force: true });
    else console.log(`WordPress folder kept: ${dir}`);
  };
  try {
    // 1. MariaDB: a private data folder, a socket, no TCP port.
    run('mariadb-install-db', [
      '--no-defaults', `--datadir=${join(dir, 'db')}`, '--user=root', '--auth-root-authentication-method=normal',
      '--skip-test-db', '--skip-name-resolve',
    ]);
    mysqld = spawn(
      'mariadbd',
      [
        '--no-defaults', `--datadir=${join(dir, 'db')}`, `--socket=${sock}`, '--skip-networking', '--user=root',
        `--pid-file=${join(dir, 'mysqld.pid')}`, `--log-error=${join(dir, 'mariadb.err')}`,
        '--innodb-buffer-pool-size=64M', '--innodb-log-file-size=16M', '--innodb-flush-log-at-trx-commit=0',
        '--skip-log-bin', '--character-set-server=utf8mb4', '--collation-server=utf8mb4_unicode_ci',
      ],
      { stdio: 'ignore', detached: true },
    );
    procs.push(mysqld);
    const mysql = (sql: string) => run('mariadb', ['--no-defaults', `--socket=${sock}`, '-uroot', '-e', sql]);
    await waitFor('MariaDB', () => existsSync(sock) && spawnSync('mariadb-admin', ['--no-defaults', `--socket=${sock}`, '-uroot', 'ping']).status === 0, 30_000, mysqld);
    mysql('CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');

    // 2. A copy of Debian's WordPress with its own configuration.
    // Debian's tree links to other packages' files with relative links: copy what they point to.
    cpSync('/usr/share/wordpress', site, { recursive: true, dereference: true });
    mkdirSync(join(site, 'wp-content', 'uploads'), { recursive: true });
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const salt = () => randomBytes(24).toString('hex');
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${sock}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
  .map((k) => `define( '${k}', '${salt()}' );`)
  .join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
// Nothing leaves this machine: no HTTP to other hosts, no updates, no cron.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );

    // 3. wp_install() and one user per role, from php-cli.
    const users = {} as WordPress['users'];
    for (const role of ROLES) users[role] = { login: `sw-${role}`, password: randomBytes(12).toString('base64url'), id: 0 };
    const phpCli = (code: string, installing = false) =>
      run('php', ['-d', 'display_errors=stderr', '-d', 'error_reporting=E_ALL & ~E_DEPRECATED', '-d', 'memory_limit=512M'], {
        cwd: site,
        input: `<?php
${installing ? "define( 'WP_INSTALLING', true );" : ''}
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require '${site}/wp-load.php';
${installing ? '' : 'wp_set_current_user( 1 );'}
${code}
`,
      });
    const ids = JSON.parse(
      phpCli(
        `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Solidarity test site', '${users.administrator.login}', 'admin@example.org', false, '', '${users.administrator.password}' );
update_option( 'permalink_structure', '' );
$ids = array( 'administrator' => 1 );
foreach ( json_decode( '${JSON.stringify(Object.fromEntries(ROLES.filter((r) => r !== 'administrator').map((r) => [r, users[r]])))}', true ) as $role => $u ) {
	$ids[ $role ] = wp_insert_user( array( 'user_login' => $u['login'], 'user_pass' => $u['password'], 'user_email' => $u['login'] . '@example.org', 'role' => $role, 'display_name' => ucfirst( $role ) ) );
}
echo wp_json_encode( $ids );`,
        true,
      ),
    );
    for (const role of ROLES) users[role].id = Number(ids[role]);

    // 4. The web server: PHP's own, on the loopback, a few workers for the editor's parallel requests.
    php = spawn(
      'php',
      [
        '-d', 'display_errors=0', '-d', 'log_errors=1', `-d`, `error_log=${join(dir, 'php-server.log')}`,
        '-d', 'memory_limit=512M', '-d', 'upload_max_filesize=16M', '-d', 'post_max_size=16M',
        '-d', 'opcache.enable=1', '-d', 'opcache.enable_cli=1',
        '-S', `127.0.0.1:${port}`, '-t', site,
      ],
      { stdio: 'ignore', detached: true, cwd: site, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } },
    );
    procs.push(php);
    await waitFor(
      'php -S',
      async () => {
        try {
          const r = await fetch(`${origin}/wp-login.php`, { redirect: 'manual' });
          return r.status === 200;
        } catch {
          return false;
        }
      },
      20_000,
      php,
    );

    return {
      origin,
      dir,
      site,
      users,
      php: (code: string) => phpCli(code),
      debugLog: () => (existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : ''),
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
