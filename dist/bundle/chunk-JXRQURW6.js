import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);

// src/package-root.ts
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root === void 0) {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    while (!fs.existsSync(path.join(dir, "package.json"))) {
      const up = path.dirname(dir);
      if (up === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
      dir = up;
    }
    root = dir;
  }
  return root;
}

export {
  packageRoot
};
