#!/usr/bin/env node
// `npm run lint`: the five checks that keep the code in shape — types (tsc), ESLint, Prettier's check, the
// layer boundaries (dependency-cruiser) and dead code (knip: unused files, exports, dependencies) — run in that
// order, every one even when an earlier one fails, so a single run shows everything to fix. Ends with one line
// per check and exits non-zero if any failed. ESLint and Prettier keep a cache in node_modules/.cache, so a
// second run only looks at changed files.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const checks = [
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['eslint', bin('eslint'), ['--cache', '--cache-location', 'node_modules/.cache/eslint/', '.']],
  ['prettier', bin('prettier'), ['--check', '--cache', '--log-level', 'warn', '.']],
  ['boundaries', bin('depcruise'), ['src', '--config', '.dependency-cruiser.cjs']],
  ['knip', bin('knip'), ['--no-progress']],
];

const results = checks.map(([name, cmd, args]) => {
  console.log(`\n> ${name}: ${path.basename(cmd)} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  return { name, ok: r.status === 0, seconds: (Date.now() - started) / 1000 };
});

console.log('');
for (const { name, ok, seconds } of results) {
  console.log(`${ok ? 'ok  ' : 'FEJL'} ${name} (${seconds.toFixed(1)} s)`);
}
const failed = results.filter((r) => !r.ok).map((r) => r.name);
if (failed.length) console.log(`\nLint fejlede: ${failed.join(', ')}`);
process.exit(failed.length ? 1 : 0);
