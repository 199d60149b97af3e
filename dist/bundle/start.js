// src/cli/start.ts
import { createRequire as createRequire2 } from "node:module";
import { fileURLToPath } from "node:url";

// src/code-cache.ts
import { isAscii } from "node:buffer";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
function cacheDir() {
  if (typeof process.getuid !== "function" || process.env.POPENLINT_NO_CACHE) return null;
  const dir = path.join(os.tmpdir(), `popenlint-${process.getuid()}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 448 });
    const st = fs.lstatSync(dir);
    return st.isDirectory() && st.uid === process.getuid() && (st.mode & 63) === 0 ? dir : null;
  } catch {
    return null;
  }
}
function removeStale(w) {
  const dir = path.dirname(w.file);
  const own = path.basename(w.file);
  for (const name of fs.readdirSync(dir)) {
    if (name !== own && name.startsWith(w.stale.prefix) && name.endsWith(w.stale.suffix)) fs.rmSync(path.join(dir, name), { force: true });
  }
}
var pending = [];
var writesAtExit = false;
var TOGGLED_FLAGS = ["--liftoff-only", "--no-liftoff-only"];
function writePending() {
  const v8 = process.getBuiltinModule("node:v8");
  for (const flags of [null, ...TOGGLED_FLAGS]) {
    if (!pending.length) return;
    if (flags) v8.setFlagsFromString(flags);
    const tag = v8.cachedDataVersionTag();
    for (const w of pending.filter((p) => p.tag === tag)) {
      pending.splice(pending.indexOf(w), 1);
      try {
        const tmp = `${w.file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, w.script.createCachedData(), { mode: 384 });
        fs.renameSync(tmp, w.file);
        removeStale(w);
      } catch {
      }
    }
  }
}
function requireWithCodeCache(file) {
  const dir = cacheDir();
  if (!dir) return null;
  const { Script } = process.getBuiltinModule("node:vm");
  const { wrap } = process.getBuiltinModule("node:module");
  const st = fs.statSync(file);
  const tag = process.getBuiltinModule("node:v8").cachedDataVersionTag();
  const safe = (text2) => text2.replace(/[^\w.-]/g, "_");
  const stale = { prefix: `${safe(path.basename(file))}-`, suffix: `-${safe(`${process.version}-${process.arch}-${tag}`)}.v8cache` };
  const key = `${stale.prefix}${st.size}-${Math.floor(st.mtimeMs)}${stale.suffix}`;
  const cacheFile = path.join(dir, key);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = void 0;
  }
  const bytes = fs.readFileSync(file);
  const text = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const script = new Script(wrap(text), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    if (!writesAtExit) process.once("exit", writePending);
    writesAtExit = true;
    pending.push({ script, file: cacheFile, tag, stale });
  }
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

// src/cli/start.ts
async function start(argv) {
  const v8 = process.getBuiltinModule("node:v8");
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  v8.setFlagsFromString("--liftoff-only");
  const file = fileURLToPath(new URL("./cli.cjs", import.meta.url));
  const cli = requireWithCodeCache(file) ?? createRequire2(import.meta.url)(file);
  return cli.main(argv);
}
export {
  start
};
