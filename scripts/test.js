#!/usr/bin/env node
// `npm test`: `npm run lint` (types, ESLint, Prettier, layer boundaries), production build (the browser tests
// run against it), then every Jest project. Ends with the plain line "N passed, N failed, N skipped" read by
// CI (skipped: tests of suites whose tool, Chromium or LibreOffice, this machine does not have and cannot
// install; see ensure-tools.js).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
function run(cmd, args) {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  return r.status === 0;
}

// Chromium and LibreOffice for the browser and LibreOffice suites: found, installed, or reported missing.
const missingTools = require('./ensure-tools').ensureTools();

const steps = [];
steps.push(['lint', run('npm', ['run', 'lint'])]);
const hasWebpack = fs.existsSync(path.join(root, 'webpack.config.js'));
if (hasWebpack) steps.push(['build', run(bin('webpack'), ['--mode', 'production'])]);

const resultFile = path.join(root, 'test-results', 'jest.json');
fs.mkdirSync(path.dirname(resultFile), { recursive: true });
const extra = process.argv.slice(2);
steps.push(['jest', run(bin('jest'), ['--ci', '--json', `--outputFile=${resultFile}`, ...extra])]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(resultFile)) {
  const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  skipped = r.numPendingTests + (r.numTodoTests || 0);
}
if (missingTools.length > 0) {
  console.log(`\n!!! ${missingTools.join(' og ')} findes ikke på denne maskine og kunne ikke installeres:`);
  console.log(`!!! ${skipped} test(s) er sprunget over. Installér dem, eller sæt CHROME_PATH / SOFFICE_PATH.`);
}
const failedSteps = steps.filter(([, ok]) => !ok).map(([n]) => n);
if (failedSteps.length) console.log(`\nFejlede trin: ${failedSteps.join(', ')}`);
if (failedSteps.length && failed === 0) failed = failedSteps.length;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length || failed ? 1 : 0);
