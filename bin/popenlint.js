#!/usr/bin/env node
// Checked before the engine loads: it uses syntax (regex flags, among others) that older Node
// cannot even parse, and a SyntaxError would be all the user saw. Keep this file plain.
// CommonJS (bin/package.json): an ES module entry would start Node's ES module loader, and
// each built-in it imported would be copied into a module namespace (about 10 ms of a small run).
const found = process.versions.node;
const [major, minor] = found.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`popenlint needs Node.js 20.19 or newer (found ${found})\n`);
  process.exitCode = 2;
} else {
  // The CLI's bundle (npm run bundle, scripts/bundle.js); the API is dist/src/api.js.
  require('../dist/bundle/start.cjs').start(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
