#!/usr/bin/env node
// Checked before the engine loads: it uses syntax (regex flags, among others) that older Node
// cannot even parse, and a SyntaxError would be all the user saw. Keep this file plain.
const found = process.versions.node;
const [major, minor] = found.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`popenlint needs Node.js 20.19 or newer (found ${found})\n`);
  process.exitCode = 2;
} else {
  import('../dist/src/cli/main.js').then(({ main }) => main(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  });
}
