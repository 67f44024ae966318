#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx fremdrift` works inside the project without a build.
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`Uventet fejl: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 3;
  },
);
