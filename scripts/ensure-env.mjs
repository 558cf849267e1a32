// Installs what `npm test`, `npm run demo` and `npm run bench` need on a fresh machine:
// node_modules (from the lockfile), and, when running as root on Debian, Chromium, Firefox ESR and
// a CJK font from Debian's packages. Idempotent: costs a few stat calls when everything is there.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const BROWSERS = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
};
const FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with ${res.status}`);
}

export function ensureNodeModules() {
  if (existsSync(path.join(root, 'node_modules/.package-lock.json')) && existsSync(path.join(root, 'node_modules/wxt'))) return;
  console.log('[setup] installing npm dependencies…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

export function ensureBrowsers({ required = true } = {}) {
  const missing = [];
  if (!existsSync(BROWSERS.chromium)) missing.push('chromium');
  if (!existsSync(BROWSERS.firefox)) missing.push('firefox-esr');
  if (!existsSync(FONT)) missing.push('fonts-wqy-microhei');
  if (missing.length === 0) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    const msg = `[setup] missing ${missing.join(', ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`;
    if (required) throw new Error(msg);
    console.warn(msg);
    return false;
  }
  console.log(`[setup] installing ${missing.join(', ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-q'], { env });
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env });
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureNodeModules();
  ensureBrowsers();
}
