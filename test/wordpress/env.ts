/**
 * Debian packages the WordPress suite needs, installed when missing (as ../shared/CMS.md describes:
 * nothing but Debian's own packages, no service of theirs started).
 */
import { execFileSync, spawnSync } from 'node:child_process';

export const WORDPRESS_PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'php-cli',
  'php-mysql',
  'php-xml',
  'php-mbstring',
  'php-json-schema',
];

function installed(pkg: string): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Installs the missing packages with apt-get (update first). Throws with apt's output on failure. */
export function ensurePackages(pkgs: string[]): void {
  const missing = pkgs.filter((p) => !installed(p));
  if (missing.length === 0) return;
  console.log(`installing ${missing.join(' ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
}

export function ensurePhp(): void {
  ensurePackages(['php-cli']);
}
