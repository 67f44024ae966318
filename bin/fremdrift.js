#!/usr/bin/env node
// The `fremdrift` command: runs the compiled CLI (dist-cli/fremdrift.js, built by `npm run build:cli` and
// shipped in the package). In a source checkout (scripts/build-cli.js present) the bundle is rebuilt
// first when a source file is newer, so it never runs stale code.
const fs = require('fs');
const path = require('path');

const builder = path.join(__dirname, '..', 'scripts', 'build-cli.js');
if (fs.existsSync(builder)) require(builder).buildIfStale();
require('../dist-cli/fremdrift.js');
