import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  parseRequiresPython,
  parseTargetVersion
} from "./chunk-OERRJ6W6.js";
import {
  EVIDENCE_LEVELS
} from "./chunk-DX4X6SMG.js";

// src/config.ts
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
var ConfigError = class extends Error {
};
var KEYS = {
  select: "select",
  "extend-select": "extendSelect",
  ignore: "ignore",
  "per-file-ignores": "perFileIgnores",
  exclude: "exclude",
  "extend-exclude": "extendExclude",
  strategy: "strategy",
  "target-version": "targetVersion",
  "skip-vendored": "skipVendored",
  "vendored-line-length": "vendoredLineLength",
  evidence: "evidence"
};
function parseTargetVersion2(value, source) {
  return parseTargetVersion(value, source);
}
function stringList(file, key, value) {
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) throw new ConfigError(`${file}: '${key}' must be a list of strings`);
  return value;
}
function validate(file, raw) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new ConfigError(`${file}: popenlint settings must be a table`);
  const out = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = KEYS[key];
    if (!field) throw new ConfigError(`${file}: unknown key '${key}' (known: ${Object.keys(KEYS).join(", ")})`);
    switch (field) {
      case "strategy":
        if (typeof value !== "string" || value === "") throw new ConfigError(`${file}: 'strategy' must be a strategy name`);
        out.strategy = value;
        break;
      case "targetVersion": {
        const target = typeof value === "string" ? parseTargetVersion2(value, `${file}: target-version ${value}`) : null;
        if (!target) throw new ConfigError(`${file}: 'target-version' must look like py27 or py311`);
        out.targetVersion = target;
        break;
      }
      case "evidence":
        if (typeof value !== "string" || !EVIDENCE_LEVELS.includes(value)) throw new ConfigError(`${file}: 'evidence' must be one of ${EVIDENCE_LEVELS.join(", ")}`);
        out.evidence = value;
        break;
      case "skipVendored":
        if (typeof value !== "boolean") throw new ConfigError(`${file}: 'skip-vendored' must be true or false`);
        out.skipVendored = value;
        break;
      case "vendoredLineLength":
        if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new ConfigError(`${file}: 'vendored-line-length' must be a whole number of bytes (0: never)`);
        out.vendoredLineLength = value;
        break;
      case "perFileIgnores": {
        if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ConfigError(`${file}: 'per-file-ignores' must be a table of glob = [rule ids]`);
        out.perFileIgnores = {};
        for (const [glob, ids] of Object.entries(value)) out.perFileIgnores[glob] = stringList(file, `per-file-ignores.${glob}`, ids);
        break;
      }
      default:
        out[field] = stringList(file, key, value);
    }
  }
  return out;
}
function readText(file) {
  const text = fs.readFileSync(file, "utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
var warned = /* @__PURE__ */ new Set();
var configWarning = (message) => {
  process.stderr.write(`popenlint: warning: ${message}
`);
};
function warnOnce(file, message) {
  if (warned.has(file)) return;
  warned.add(file);
  configWarning(message);
}
function readToml(file) {
  try {
    const { parse } = createRequire(import.meta.url)("smol-toml");
    return parse(readText(file));
  } catch (e) {
    throw new ConfigError(`${file}: invalid TOML: ${e.message.split("\n")[0]}`);
  }
}
function readConfigFile(file, explicit = true) {
  const dir = path.dirname(path.resolve(file));
  const base = path.basename(file);
  if (base === "package.json") {
    let json;
    try {
      json = JSON.parse(readText(file));
    } catch (e) {
      const reason = e.code === "EISDIR" ? "is a directory" : `invalid JSON: ${e.message}`;
      if (explicit) throw new ConfigError(`${file}: ${reason}`);
      warnOnce(file, `${file}: ${reason}; its settings are ignored`);
      return null;
    }
    if (typeof json !== "object" || json === null || !("popenlint" in json)) return null;
    return { file, dir, ...validate(file, json.popenlint) };
  }
  if (!explicit && fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
    warnOnce(file, `${file}: is a directory; its settings are ignored`);
    return null;
  }
  const toml = readToml(file);
  if (base === "pyproject.toml") {
    const tool = toml.tool?.popenlint;
    const project = toml.project;
    const requires = typeof project?.["requires-python"] === "string" ? parseRequiresPython(project["requires-python"]) ?? void 0 : void 0;
    if (tool === void 0 && !requires) return null;
    if (tool === void 0) return { file, dir, requiresPython: requires, onlyRequiresPython: true };
    return { file, dir, ...validate(`${file}: [tool.popenlint]`, tool), ...requires ? { requiresPython: requires } : {} };
  }
  return { file, dir, ...validate(file, toml) };
}
var CANDIDATES = ["popenlint.toml", "pyproject.toml", "package.json"];
function findConfig(dir, cache) {
  const known = cache.get(dir);
  if (known !== void 0) return known;
  const abs = path.resolve(dir);
  if (cache.has(abs)) return cache.get(abs);
  let found = null;
  for (const name of CANDIDATES) {
    const file = path.join(abs, name);
    if (fs.existsSync(file)) {
      found = readConfigFile(file, false);
      if (found) break;
    }
  }
  const parent = path.dirname(abs);
  if (!found) {
    found = parent === abs ? null : findConfig(parent, cache);
  } else if (found.onlyRequiresPython && parent !== abs) {
    const above = findConfig(parent, cache);
    if (above) found = { ...above, requiresPython: found.requiresPython, onlyRequiresPython: above.onlyRequiresPython };
  }
  cache.set(abs, found);
  return found;
}

export {
  ConfigError,
  parseTargetVersion2 as parseTargetVersion,
  readConfigFile,
  findConfig
};
