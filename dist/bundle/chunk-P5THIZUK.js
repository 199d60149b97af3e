import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);

// src/typescript/load.ts
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
var ts = void 0;
function loadTs() {
  if (!ts) ts = requireTypeScript();
  return ts;
}
function requireTypeScript() {
  const require2 = createRequire(import.meta.url);
  let file;
  try {
    file = createRequire(require2.resolve("ts-morph")).resolve("@ts-morph/common/dist/typescript.js");
  } catch {
    return require2("ts-morph").ts;
  }
  return loadWithCodeCache(file) ?? require2(file);
}
function cacheDir() {
  if (typeof process.getuid !== "function") return null;
  const dir = path.join(os.tmpdir(), `popenlint-${process.getuid()}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 448 });
    const st = fs.lstatSync(dir);
    return st.isDirectory() && st.uid === process.getuid() && (st.mode & 63) === 0 ? dir : null;
  } catch {
    return null;
  }
}
function loadWithCodeCache(file) {
  const dir = cacheDir();
  if (!dir) return null;
  const { Script } = process.getBuiltinModule("node:vm");
  const { wrap } = process.getBuiltinModule("node:module");
  const st = fs.statSync(file);
  const key = `${path.basename(file)}-${st.size}-${Math.floor(st.mtimeMs)}-${process.version}-${process.arch}`.replace(/[^\w.-]/g, "_");
  const cacheFile = path.join(dir, `${key}.v8cache`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = void 0;
  }
  const script = new Script(wrap(fs.readFileSync(file, "utf8")), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  if (!cachedData || script.cachedDataRejected) {
    process.once("exit", () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 384 });
        fs.renameSync(tmp, cacheFile);
      } catch {
      }
    });
  }
  return module.exports;
}

export {
  ts,
  loadTs
};
