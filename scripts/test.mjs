// `npm test`: everything, on a fresh machine. Installs what is missing, then runs strict type
// checking, ESLint, unit tests, both builds, web-ext lint and the end-to-end tests in real Chromium
// and Firefox ESR. Ends with one line for the whole suite: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers, ensureNodeModules } from './ensure-env.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'test-output');
const args = new Set(process.argv.slice(2));
const only = [...args].find((a) => a.startsWith('--only='))?.slice(7);

let passed = 0;
let failed = 0;
const failures = [];

function bin(name) {
  return path.join(root, 'node_modules/.bin', name);
}

function step(name, cmd, cmdArgs, { env } = {}) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}\n`);
  const res = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = res.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A check that is one test: it passes or fails as a whole. */
function check(name, cmd, cmdArgs, opts) {
  if (only && !name.includes(only)) return;
  if (step(name, cmd, cmdArgs, opts)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

/** A vitest run: every test in it counts. */
function vitest(name, config, reportFile) {
  if (only && !name.includes(only)) return;
  const file = path.join(outDir, reportFile);
  rmSync(file, { force: true });
  const ok = step(name, bin('vitest'), ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  if (!existsSync(file)) {
    failed++;
    failures.push(`${name} (no report)`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const suite of report.testResults) {
    for (const t of suite.assertionResults) if (t.status === 'failed') failures.push(`${name}: ${t.fullName}`);
    // A file that failed to load has no assertions but must not pass silently.
    if (suite.status === 'failed' && suite.assertionResults.length === 0) {
      failed++;
      failures.push(`${name}: ${path.relative(root, suite.name)} failed to run`);
    }
  }
  if (!ok && report.numFailedTests === 0 && !failures.some((f) => f.startsWith(name))) {
    failed++;
    failures.push(`${name} (exit code)`);
  }
}

const started = Date.now();
mkdirSync(outDir, { recursive: true });
ensureNodeModules();
const haveBrowsers = ensureBrowsers({ required: true });

check('typecheck (tsc --noEmit, strict)', bin('tsc'), ['--noEmit', '-p', '.']);
check('lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']);
vitest('unit tests', 'vitest.config.ts', 'unit.json');
check('build chrome-mv3', bin('wxt'), ['build']);
check('build firefox-mv2', bin('wxt'), ['build', '-b', 'firefox']);
check('web-ext lint (firefox build, 0 errors)', bin('web-ext'), ['lint', '-s', '.output/firefox-mv2', '--no-config-discovery']);
if (haveBrowsers) vitest('e2e tests (Chromium + Firefox ESR)', 'vitest.e2e.config.ts', 'e2e.json');

console.log(`\nwall time ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (failures.length > 0) console.log(`failures:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
