import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  ConfigError,
  findConfig,
  parseTargetVersion,
  readConfigFile
} from "./chunk-7NRBWUEJ.js";
import {
  fixText
} from "./chunk-ONP572MN.js";
import {
  DEFAULT_TARGET,
  DEFAULT_VENDORED,
  SourceText,
  allRules,
  includesPython2,
  languageByHead,
  languageByName,
  lintText,
  lintTextSync,
  loadPythonParser,
  prepare,
  prepareText,
  projectTarget,
  readTarget,
  renderReproduction,
  require_ignore,
  runtimeTable,
  suppressionEdit
} from "./chunk-OERRJ6W6.js";
import {
  DEFAULT_EVIDENCE_LEVEL,
  EVIDENCE,
  EVIDENCE_SAYS,
  LEVEL,
  severityOf
} from "./chunk-DX4X6SMG.js";
import {
  applyEdits
} from "./chunk-MWCMMAC6.js";
import {
  __toESM
} from "./chunk-MYTUJWT6.js";

// src/explain.ts
function explainRule(meta) {
  const d = meta.docs;
  const fence = meta.language === "python" ? "python" : "js";
  return [
    `# ${meta.id} ${meta.name}`,
    "",
    `${meta.summary}. ${meta.defaultEnabled ? "On by default." : `Off by default; enable with \`--select ${meta.id}\`.`}`,
    "",
    "## What it does",
    d.whatItDoes,
    "",
    "## Why is this bad?",
    d.whyIsThisBad,
    "",
    // What a dropped or undrained pipe does depends on the Python version: the measured table.
    ...meta.language === "python" ? ["## What happens on each Python version", runtimeTable(), ""] : [],
    "## How sure a finding is",
    evidenceTable(),
    "",
    "## Example",
    "```" + fence,
    d.example.trimEnd(),
    "```",
    "",
    "## Use instead",
    "```" + fence,
    d.useInstead.trimEnd(),
    "```",
    "",
    ...(d.moreExamples ?? []).flatMap((x) => [
      `### ${x.title}`,
      "```" + fence,
      x.example.trimEnd(),
      "```",
      ...x.useInstead ? ["Use instead:", "```" + fence, x.useInstead.trimEnd(), "```"] : [],
      ""
    ]),
    "## Fix safety",
    `Strategies: ${meta.strategies.length ? meta.strategies.join(", ") : "none"}.`,
    d.fixSafety,
    "",
    "## Reproduction",
    renderReproduction(meta.id, d.reproduction),
    "",
    "## References",
    ...d.references.map((r) => `- ${r}`),
    ""
  ].join("\n");
}
function evidenceTable() {
  return [
    "Each finding says what it rests on (`evidence` in JSON and SARIF, an `= evidence:` line in text). `--evidence known|likely|possible` (config `evidence`) is the weakest evidence reported: by default `known`, the errors only; `likely` adds commands from outside, Node output that merely can grow and findings in test code, `possible` unlisted programs, as warnings. Errors fail the run; warnings do not, unless `--max-warnings N` is passed.",
    "",
    "| evidence | severity | reported from | what it rests on |",
    "|---|---|---|---|",
    ...EVIDENCE.map((e) => `| \`${e}\` | ${severityOf(e)} | \`${LEVEL[e]}\` | ${EVIDENCE_SAYS[e]} |`)
  ].join("\n");
}
function listRules(rules2) {
  const rows = rules2.map((r) => `${r.id}  ${r.name.padEnd(32)} ${r.language.padEnd(11)}${r.defaultEnabled ? "on " : "off"}      ${r.strategies.join(",") || "-"}`);
  return `${["id      name                             language   default  fixes", ...rows].join("\n")}
`;
}

// src/settings.ts
var import_ignore = __toESM(require_ignore(), 1);
import path from "node:path";

// src/types.ts
var PRIMARY_STRATEGY = "primary";

// src/settings.ts
function matches(selector, id) {
  const s = selector.toUpperCase();
  return s === "ALL" || id.startsWith(s);
}
function validateSelectors(selectors, rules2, origin) {
  for (const s of selectors) {
    if (!rules2.some((r) => matches(s, r.id))) throw new ConfigError(`${origin}: unknown rule selector '${s}'`);
  }
}
function strategyNames(rules2) {
  return [.../* @__PURE__ */ new Set([PRIMARY_STRATEGY, ...rules2.flatMap((r) => r.strategies)])];
}
function validateStrategy(strategy, rules2, origin) {
  const names = strategyNames(rules2);
  if (!names.includes(strategy)) throw new ConfigError(`${origin}: unknown strategy '${strategy}' (known: ${names.join(", ")})`);
}
function validateConfigSelectors(config, rules2) {
  if (config.strategy !== void 0) validateStrategy(config.strategy, rules2, `${config.file}: 'strategy'`);
  const lists = [["select", config.select], ["extend-select", config.extendSelect], ["ignore", config.ignore]];
  for (const [glob, ids] of Object.entries(config.perFileIgnores ?? {})) lists.push([`per-file-ignores."${glob}"`, ids]);
  for (const [key, list] of lists) if (list) validateSelectors(list, rules2, `${config.file}: '${key}'`);
}
function enabledRules(rules2, select, extend, ignored) {
  const base = select ? rules2.filter((r) => select.some((s) => matches(s, r.id))) : rules2.filter((r) => r.defaultEnabled);
  const extra = extend ? rules2.filter((r) => extend.some((s) => matches(s, r.id))) : [];
  return new Set([...base, ...extra].filter((r) => !ignored.some((s) => matches(s, r.id))).map((r) => r.id));
}
var Settings = class {
  constructor(cli, rules2) {
    this.cli = cli;
    this.rules = rules2;
    this.explicit = cli.isolated ? { file: null, dir: process.cwd() } : cli.config ? readConfigFile(cli.config) ?? { file: cli.config, dir: path.dirname(path.resolve(cli.config)) } : null;
    if (cli.targetVersion !== void 0 && !parseTargetVersion(cli.targetVersion, `--target-version ${cli.targetVersion}`)) throw new ConfigError(`--target-version: '${cli.targetVersion}' must look like py27 or py311`);
    for (const [flag, list] of [["--select", cli.select], ["--extend-select", cli.extendSelect], ["--ignore", cli.ignore]]) {
      if (list) validateSelectors(list, rules2, flag);
    }
    if (cli.strategy !== void 0) validateStrategy(cli.strategy, rules2, "--strategy");
  }
  cli;
  rules;
  explicit;
  cache = /* @__PURE__ */ new Map();
  excluders = /* @__PURE__ */ new Map();
  configs = /* @__PURE__ */ new Map();
  configFor(abs) {
    return this.explicit ?? findConfig(path.dirname(abs), this.configs);
  }
  forFile(abs) {
    const config = this.configFor(abs);
    const key = config?.file ?? "";
    let entry = this.cache.get(key);
    if (!entry) {
      if (config?.file) validateConfigSelectors(config, this.rules);
      const select = this.cli.select ?? config?.select;
      const extend = [...config?.extendSelect ?? [], ...this.cli.extendSelect ?? []];
      const ignored = [...this.cli.select ? [] : config?.ignore ?? [], ...this.cli.ignore ?? []];
      const base2 = {
        engine: {
          enabled: enabledRules(this.rules, select, extend, ignored),
          target: DEFAULT_TARGET,
          evidence: this.cli.evidence ?? config?.evidence ?? DEFAULT_EVIDENCE_LEVEL,
          vendored: { skip: config?.skipVendored ?? DEFAULT_VENDORED.skip, lineLength: config?.vendoredLineLength ?? DEFAULT_VENDORED.lineLength }
        },
        strategy: this.cli.strategy ?? config?.strategy ?? PRIMARY_STRATEGY
      };
      entry = { config, base: base2 };
      this.cache.set(key, entry);
    }
    const target = this.targetFor(abs, entry.config);
    const base = target === entry.base.engine.target ? entry.base : { ...entry.base, engine: { ...entry.base.engine, target } };
    const perFile = entry.config?.perFileIgnores;
    if (!perFile) return base;
    const rel = path.relative(entry.config.dir, abs).split(path.sep).join("/");
    const dropped = Object.entries(perFile).filter(([glob]) => (0, import_ignore.default)().add(glob).ignores(rel)).flatMap(([, ids]) => ids);
    if (dropped.length === 0) return base;
    const enabled = new Set([...base.engine.enabled].filter((id) => !dropped.some((s) => matches(s, id))));
    return { ...base, engine: { ...base.engine, enabled } };
  }
  /**
   * The Python versions a file runs on, as far as the user or the project says: --target-version,
   * then the config's target-version, then the nearest project's requires-python, setup.py,
   * setup.cfg, tox.ini or .python-version. Python 2 syntax in the file and a python2 shebang are
   * read by the engine: the first wins over all of these, the second only over the default.
   */
  targetFor(abs, config) {
    if (this.cli.targetVersion) return this.cliTarget ??= parseTargetVersion(this.cli.targetVersion, `--target-version ${this.cli.targetVersion}`);
    if (config?.targetVersion) return config.targetVersion;
    return (this.cli.isolated ? null : projectTarget(path.dirname(abs))) ?? DEFAULT_TARGET;
  }
  cliTarget;
  /** The config whose excludes discovery applies while it walks: --config, else the one above cwd. */
  topConfig() {
    return this.explicit ?? findConfig(process.cwd(), this.configs);
  }
  /**
   * Whether the nearest config of a file, when it is not the top one (whose excludes discovery
   * already applied), excludes it: `exclude` in `sub/pyproject.toml` applies below `sub/`.
   */
  nestedExcluded(abs) {
    const config = this.configFor(abs);
    if (!config?.file || config.file === this.topConfig()?.file) return false;
    return this.excludedByConfig(abs);
  }
  /** Whether the excludes of the config nearest to a file (relative to that config's folder) exclude it. */
  excludedByConfig(abs) {
    const config = this.configFor(abs);
    if (!config?.file) return false;
    let matcher = this.excluders.get(config.file);
    if (matcher === void 0) {
      const patterns = this.configPatterns(config);
      matcher = patterns.length ? (0, import_ignore.default)().add(patterns) : null;
      this.excluders.set(config.file, matcher);
    }
    const rel = path.relative(config.dir, abs).split(path.sep).join("/");
    return matcher !== null && rel !== "" && !rel.startsWith("..") && matcher.ignores(rel);
  }
  /** A config's own patterns; --exclude replaces its `exclude` (not its `extend-exclude`). */
  configPatterns(config) {
    return [...this.cli.exclude ? [] : config.exclude ?? [], ...config.extendExclude ?? []];
  }
  /** What discovery skips: the top config's patterns (from its folder) and the flags' (from cwd). */
  excludes() {
    const out = [];
    const config = this.topConfig();
    const patterns = config ? this.configPatterns(config) : [];
    if (config && patterns.length) out.push({ base: config.dir, patterns });
    const flags = [...this.cli.exclude ?? [], ...this.cli.extendExclude ?? []];
    if (flags.length) out.push({ base: process.cwd(), patterns: flags });
    return out;
  }
};

// src/api.ts
import path2 from "node:path";
var Linter = class {
  constructor(options = {}) {
    this.options = options;
    this.cwd = path2.resolve(options.cwd ?? process.cwd());
    this.settings = this.makeSettings();
  }
  options;
  settings;
  cwd;
  makeSettings() {
    const o = this.options;
    return new Settings(
      { select: o.select, extendSelect: o.extendSelect, ignore: o.ignore, strategy: o.strategy, targetVersion: o.targetVersion, config: o.config && path2.resolve(this.cwd, o.config), isolated: o.isolated, evidence: o.evidence },
      allRules
    );
  }
  /** Forgets the configuration files read so far; the next call reads them again. */
  clearCache() {
    this.settings = this.makeSettings();
  }
  abs(file) {
    return path2.resolve(this.cwd, file);
  }
  /**
   * The configuration for one file.
   *
   * @throws {ConfigError} when the config file that applies is invalid (the message names the file and key).
   */
  configFor(file) {
    const abs = this.abs(file);
    const fileSettings = this.settings.forFile(abs);
    const config = this.settings.configFor(abs);
    return {
      file: config?.file ? path2.resolve(config.file) : null,
      rules: allRules.filter((r) => fileSettings.engine.enabled.has(r.id)).map((r) => r.id),
      target: typeof fileSettings.engine.target === "string" ? fileSettings.engine.target : includesPython2(fileSettings.engine.target) ? "py2" : "py3",
      strategy: fileSettings.strategy,
      excluded: this.settings.excludedByConfig(abs),
      evidence: fileSettings.engine.evidence ?? DEFAULT_EVIDENCE_LEVEL
    };
  }
  /**
   * Lints a text that belongs to `options.path`, with that file's configuration.
   *
   * @throws {TypeError} when neither the path nor `options.language` tells the language.
   * @throws {ConfigError} when the config file that applies is invalid.
   */
  async lintText(text, options) {
    await init();
    return this.lintTextSync(text, options);
  }
  /**
   * {@link Linter.lintText} for hosts that cannot wait (an ESLint rule). JS/TS text can always
   * be linted this way; Python text once the parser is loaded, that is after `await init()`.
   */
  lintTextSync(text, options) {
    const language = this.languageOf(text, options);
    const engine = this.settings.forFile(this.abs(options.path)).engine;
    const result = { path: options.path, language, findings: [], diagnostics: [], parsed: false, text };
    const prepared = prepareText(text, language, engine, this.abs(options.path));
    if (prepared.kind === "skip") return result;
    if (prepared.kind === "error") {
      result.diagnostics.push({ path: options.path, code: "E902", message: prepared.message });
      return result;
    }
    const lint = lintTextSync(options.path, prepared.source, language, engine);
    result.parsed = true;
    result.findings = lint.findings;
    if (lint.internalErrors.length) result.errors = lint.internalErrors;
    return result;
  }
  /**
   * Reads and lints a file: its encoding is detected (PEP 263 cookie, BOM), the prefilter skips
   * a file that names no subprocess API, and a file that cannot be read or decoded gets a
   * diagnostic (E902) instead of an exception. The language comes from the extension, else the
   * shebang.
   *
   * @throws {TypeError} when the language cannot be told (not a Python or JS/TS file).
   * @throws {ConfigError} when the config file that applies is invalid.
   */
  async lintFile(file) {
    await init();
    const abs = this.abs(file);
    const bytes = readTarget({ path: file, abs, language: "python" });
    const head = Buffer.isBuffer(bytes) ? bytes.subarray(0, 128).toString("latin1") : "";
    const language = languageByName(abs) ?? languageByHead(head);
    if (!language) throw new TypeError(`${file}: not a Python or JavaScript/TypeScript file (by extension or shebang)`);
    const engine = this.settings.forFile(abs).engine;
    const result = { path: file, language, findings: [], diagnostics: [], parsed: false };
    if (!Buffer.isBuffer(bytes)) {
      result.diagnostics.push({ path: file, code: "E902", message: bytes.error });
      return result;
    }
    const prepared = prepare(bytes, language, engine, abs);
    if (prepared.kind === "skip") return { ...result, text: bytes.toString("utf8") };
    if (prepared.kind === "error") {
      result.diagnostics.push({ path: file, code: "E902", message: prepared.message });
      return result;
    }
    const lint = await lintText(file, prepared.source, language, engine);
    result.parsed = true;
    result.text = prepared.decoded.text;
    result.findings = lint.findings;
    if (lint.internalErrors.length) result.errors = lint.internalErrors;
    return result;
  }
  /**
   * The fix loop on a text: lint, apply every compatible fix of the chosen strategy (safe ones
   * unless `unsafe`), lint again, until nothing changes. Nothing is written anywhere.
   *
   * @throws {TypeError} when neither the path nor `options.language` tells the language.
   * @throws {ConfigError} when the config file that applies is invalid.
   */
  async fixText(text, options) {
    await init();
    const language = this.languageOf(text, options);
    const fileSettings = this.settings.forFile(this.abs(options.path));
    const unchanged = { text, changed: false, applied: 0, unsafeAvailable: 0, remaining: [], error: null };
    const prepared = prepareText(text, language, fileSettings.engine, this.abs(options.path));
    if (prepared.kind === "skip") return unchanged;
    if (prepared.kind === "error") return { ...unchanged, error: prepared.message };
    const { internalErrors, ...outcome } = await fixText(options.path, text, language, fileSettings.engine, { strategy: options.strategy ?? fileSettings.strategy, unsafe: options.unsafe ?? false });
    return { ...outcome, changed: outcome.text !== text, ...internalErrors.length ? { errors: internalErrors } : {} };
  }
  languageOf(text, options) {
    const language = options.language ?? languageByName(options.path) ?? languageByHead(text.slice(0, 128));
    if (!language) throw new TypeError(`${options.path}: cannot tell the language (not a .py/.js/.ts name, no shebang); pass options.language`);
    return language;
  }
};
async function init() {
  await loadPythonParser();
}
var rules = allRules;
function getRule(idOrName) {
  return allRules.find((r) => r.id === idOrName.toUpperCase() || r.name === idOrName);
}
function explain(idOrName) {
  const meta = getRule(idOrName);
  return meta && explainRule(meta);
}
function applyEdits2(text, edits) {
  return applyEdits(text, [...edits]);
}
function suppressionFor(text, finding, language) {
  return suppressionEdit(new SourceText(text), language, finding.rule, finding.start, finding.end);
}
function languageFor(file, head = "") {
  return languageByName(file) ?? languageByHead(head);
}

export {
  listRules,
  strategyNames,
  Settings,
  Linter,
  init,
  rules,
  getRule,
  explain,
  applyEdits2 as applyEdits,
  suppressionFor,
  languageFor
};
