#!/usr/bin/env node
// `npm run bench`: runs the TypeScript benchmark through tsx.
require('tsx/cjs');
require('../scripts/bench.ts');
