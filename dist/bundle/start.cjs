const __popenlintUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/start.ts
var start_exports = {};
__export(start_exports, {
  start: () => start
});
module.exports = __toCommonJS(start_exports);
var import_node_module2 = require("node:module");
var import_node_url = require("node:url");

// src/code-cache.ts
var import_node_buffer = require("node:buffer");
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_module = require("node:module");
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
function cacheDir() {
  if (typeof process.getuid !== "function" || process.env.POPENLINT_NO_CACHE) return null;
  const dir = import_node_path.default.join(import_node_os.default.tmpdir(), `popenlint-${process.getuid()}`);
  try {
    import_node_fs.default.mkdirSync(dir, { recursive: true, mode: 448 });
    const st = import_node_fs.default.lstatSync(dir);
    return st.isDirectory() && st.uid === process.getuid() && (st.mode & 63) === 0 ? dir : null;
  } catch {
    return null;
  }
}
var STATE = /* @__PURE__ */ Symbol.for("popenlint.code-cache");
var state = globalThis[STATE] ??= { loaded: [], used: /* @__PURE__ */ new Set(), writesAtExit: false };
var HEADER = "popenlint-code-cache 1 ";
function readCache(bytes) {
  if (bytes.toString("latin1", 0, HEADER.length) !== HEADER) return null;
  const nl = bytes.indexOf(10, HEADER.length);
  if (nl < 0 || nl > 1024) return null;
  const list = bytes.toString("latin1", HEADER.length, nl);
  return { made: new Set(list ? list.split(",") : []), data: bytes.subarray(nl + 1) };
}
function partsToWrite(l) {
  const want = new Set(l.made ?? []);
  for (const part of state.used) if (!l.parts || l.parts.includes(part)) want.add(part);
  return !l.made || want.size > l.made.size ? want : null;
}
function removeStale(l) {
  const dir = import_node_path.default.dirname(l.file);
  const own = import_node_path.default.basename(l.file);
  for (const name of import_node_fs.default.readdirSync(dir)) {
    if (name !== own && name.startsWith(l.stale.prefix) && name.endsWith(l.stale.suffix)) import_node_fs.default.rmSync(import_node_path.default.join(dir, name), { force: true });
  }
}
var OPTIMIZING_TIER = "--no-liftoff-only --wasm-dynamic-tiering --wasm-tier-up";
var TOGGLED_FLAGS = ["--liftoff-only", OPTIMIZING_TIER];
function writeAtExit() {
  const writes = state.loaded.map((l) => ({ l, parts: partsToWrite(l) })).filter((w) => w.parts);
  state.loaded = [];
  const v8 = process.getBuiltinModule("node:v8");
  for (const flags of [null, ...TOGGLED_FLAGS]) {
    if (!writes.length) return;
    if (flags) v8.setFlagsFromString(flags);
    const tag = v8.cachedDataVersionTag();
    for (const w of writes.filter((x) => x.l.tag === tag)) {
      writes.splice(writes.indexOf(w), 1);
      try {
        const tmp = `${w.l.file}.${process.pid}.tmp`;
        const header = Buffer.from(`${HEADER}${[...w.parts].sort().join(",")}
`, "latin1");
        import_node_fs.default.writeFileSync(tmp, Buffer.concat([header, w.l.script.createCachedData()]), { mode: 384 });
        import_node_fs.default.renameSync(tmp, w.l.file);
        removeStale(w.l);
      } catch {
      }
    }
  }
}
function pathHash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
function requireWithCodeCache(file, parts) {
  const dir = cacheDir();
  if (!dir) return null;
  const { Script } = process.getBuiltinModule("node:vm");
  const { wrap } = process.getBuiltinModule("node:module");
  const st = import_node_fs.default.statSync(file);
  const tag = process.getBuiltinModule("node:v8").cachedDataVersionTag();
  const safe = (text2) => text2.replace(/[^\w.-]/g, "_");
  const stale = { prefix: `${safe(import_node_path.default.basename(file))}-${pathHash(import_node_path.default.dirname(file))}-`, suffix: `-${safe(`${process.version}-${process.arch}-${tag}`)}.v8cache` };
  const key = `${stale.prefix}${st.size}-${Math.floor(st.mtimeMs)}${stale.suffix}`;
  const cacheFile = import_node_path.default.join(dir, key);
  let cache = null;
  try {
    cache = readCache(import_node_fs.default.readFileSync(cacheFile));
  } catch {
    cache = null;
  }
  const bytes = import_node_fs.default.readFileSync(file);
  const text = bytes.toString((0, import_node_buffer.isAscii)(bytes) ? "latin1" : "utf8");
  const script = new Script(wrap(text), { filename: file, cachedData: cache?.data });
  if (!state.writesAtExit) process.once("exit", writeAtExit);
  state.writesAtExit = true;
  state.loaded.push({ script, file: cacheFile, tag, stale, made: cache && !script.cachedDataRejected ? cache.made : null, parts: parts ?? null });
  const module2 = { exports: {} };
  script.runInThisContext().call(module2.exports, module2.exports, (0, import_node_module.createRequire)(file), module2, file, import_node_path.default.dirname(file));
  return module2.exports;
}

// src/cli/start.ts
async function start(argv) {
  const v8 = process.getBuiltinModule("node:v8");
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  v8.setFlagsFromString("--liftoff-only");
  const file = (0, import_node_url.fileURLToPath)(new URL("./cli.cjs", __popenlintUrl));
  const cli = requireWithCodeCache(file) ?? (0, import_node_module2.createRequire)(__popenlintUrl)(file);
  return cli.main(argv);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  start
});
