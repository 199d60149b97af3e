#!/usr/bin/env node
// The CLI's bundle (npm run bundle); the API is dist/src/api.js.
import { main } from '../dist/bundle/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
