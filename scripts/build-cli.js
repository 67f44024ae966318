#!/usr/bin/env node
// `npm run build:cli` (also run by `npm run build` and npm's `prepare`, so `npm pack` ships it): bundles
// the headless CLI (src/cli/bin.ts and everything it imports) with esbuild into one
// CommonJS file, dist-cli/fremdrift.js, for Node 20+. The package then needs no runtime dependencies
// and no TypeScript loader. In a source checkout bin/fremdrift.js calls buildIfStale() first, so
// `npx fremdrift` and the tests that spawn the real bin always run the current sources.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const entry = path.join(root, 'src', 'cli', 'bin.ts');
const outFile = path.join(root, 'dist-cli', 'fremdrift.js');
const metaFile = path.join(root, 'dist-cli', 'inputs.json');

function buildCli() {
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    outfile: outFile,
  });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  // Written to a temporary file and renamed, so a CLI started meanwhile never runs a half-written bundle.
  const write = (file, text) => {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  };
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules'));
  write(metaFile, JSON.stringify(inputs));
  write(outFile, '#!/usr/bin/env node\n' + result.outputFiles[0].text);
  return outFile;
}

/** True when the bundle is missing or older than one of the source files it was built from. */
function isStale() {
  if (!fs.existsSync(outFile) || !fs.existsSync(metaFile)) return true;
  const built = fs.statSync(outFile).mtimeMs;
  const inputs = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
  return inputs.some((f) => {
    const file = path.join(root, f);
    return !fs.existsSync(file) || fs.statSync(file).mtimeMs > built;
  });
}

function buildIfStale() {
  if (isStale()) buildCli();
}

module.exports = { buildCli, buildIfStale, outFile };

if (require.main === module) {
  const started = Date.now();
  buildCli();
  console.log(
    `CLI bygget: ${path.relative(root, outFile)} (${Math.round(fs.statSync(outFile).size / 1024)} kB) på ${Date.now() - started} ms`,
  );
}
