#!/usr/bin/env node
// Entry of the `praxis` command: runs the bundled CLI (built by `npm install` / `npm run build`).
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'node', 'praxis.cjs');
if (!fs.existsSync(bundle)) {
  console.error(
    'praxis: the CLI is not built yet. Run `npm run build` in the Praxis folder first.',
  );
  process.exit(1);
}
require(bundle);
