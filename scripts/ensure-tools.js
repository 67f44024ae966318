#!/usr/bin/env node
// What the browser and LibreOffice tests need, found or installed so the README's one test command
// (`npm test`) passes on a fresh machine: Chromium (Debian's package, or an installed Chrome/Edge;
// CHROME_PATH names one explicitly) and LibreOffice's `soffice` (SOFFICE_PATH). When one is missing and
// this is Debian/Ubuntu running as root with apt-get, it is installed; otherwise the suites that need
// it are skipped, loudly, and counted as skipped in the test run's last line.
// Used by scripts/test.js (ensureTools) and by the suites themselves (findChrome, findSoffice).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const isFile = (p) => {
  try {
    return !!p && fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The first command of these names on PATH. */
function onPath(names) {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const name of names)
      for (const ext of exts) if (isFile(path.join(dir, name + ext))) return path.join(dir, name + ext);
  }
  return null;
}

const programFiles = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter(
  Boolean,
);

function findChrome() {
  if (process.env.CHROME_PATH) return isFile(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  const known = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...programFiles.flatMap((p) => [
      path.join(p, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.join(p, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]),
  ];
  return (
    known.find(isFile) ||
    onPath([
      'chromium',
      'chromium-browser',
      'google-chrome',
      'google-chrome-stable',
      'microsoft-edge',
      'microsoft-edge-stable',
    ])
  );
}

function findSoffice() {
  if (process.env.SOFFICE_PATH) return isFile(process.env.SOFFICE_PATH) ? process.env.SOFFICE_PATH : null;
  const known = [
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
    ...programFiles.map((p) => path.join(p, 'LibreOffice', 'program', 'soffice.exe')),
  ];
  return known.find(isFile) || onPath(['soffice', 'libreoffice']);
}

/** A Python 3 that can import openpyxl (PYTHON_OPENPYXL names one), for the tests with files from openpyxl. */
function findOpenpyxl() {
  const candidates = [process.env.PYTHON_OPENPYXL, 'python3', '/usr/bin/python3'].filter(Boolean);
  return candidates.find((p) => spawnSync(p, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0) || null;
}

/** Debian's packages for what is missing, installed when this machine lets us (root, apt-get). */
function aptInstall(packages) {
  const canApt =
    process.platform === 'linux' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    fs.existsSync('/etc/debian_version') &&
    onPath(['apt-get']);
  if (!canApt) return false;
  console.log(`\n> apt-get install ${packages.join(' ')} (til browser- og LibreOffice-testene)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
  return install.status === 0;
}

/**
 * Finds (or installs) the tools and exports CHROME_PATH / SOFFICE_PATH to the test processes.
 * Returns the names of the tools still missing.
 */
function ensureTools() {
  const wanted = [
    { name: 'Chromium', find: findChrome, pkg: 'chromium', env: 'CHROME_PATH' },
    { name: 'LibreOffice', find: findSoffice, pkg: 'libreoffice-calc-nogui', env: 'SOFFICE_PATH' },
    // pdftoppm turns LibreOffice's PDFs into PNGs (the Overblik screenshot test).
    { name: 'pdftoppm', find: () => onPath(['pdftoppm']), pkg: 'poppler-utils', env: 'PDFTOPPM_PATH' },
    // openpyxl writes the "files from other tools" the xlsx tests open, edit and hand back to it.
    { name: 'openpyxl', find: findOpenpyxl, pkg: 'python3-openpyxl', env: 'PYTHON_OPENPYXL' },
  ];
  const missing = wanted.filter((t) => !t.find());
  if (missing.length > 0) aptInstall(missing.map((t) => t.pkg));
  const stillMissing = [];
  for (const t of wanted) {
    const found = t.find();
    if (found) process.env[t.env] = found;
    else stillMissing.push(t.name);
  }
  return stillMissing;
}

module.exports = { findChrome, findSoffice, findOpenpyxl, ensureTools };

if (require.main === module) {
  const missing = ensureTools();
  console.log(`Chromium: ${findChrome() || 'mangler'}\nLibreOffice: ${findSoffice() || 'mangler'}`);
  process.exit(missing.length ? 1 : 0);
}
