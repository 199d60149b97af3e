import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  Progress,
  progressWanted
} from "./chunk-CWHGEMEU.js";
import {
  Settings,
  explain,
  getRule,
  listRules,
  rules,
  strategyNames
} from "./chunk-7HQCWNKY.js";
import {
  ConfigError
} from "./chunk-7NRBWUEJ.js";
import "./chunk-ONP572MN.js";
import {
  Reader,
  SourceText,
  addHidden,
  cacheFolderListings,
  chooseFix,
  discover,
  isCandidate,
  isExcluded,
  languageByHead,
  languageByName,
  lintTarget,
  mentionsCandidate,
  needlesFor,
  preferQuickParserStart,
  readTarget,
  require_ignore,
  seedFolderListing,
  sortFindings,
  vendoredReason
} from "./chunk-OERRJ6W6.js";
import {
  EVIDENCE_LEVELS
} from "./chunk-DX4X6SMG.js";
import "./chunk-4FRD6LAW.js";
import "./chunk-P5THIZUK.js";
import {
  packageRoot
} from "./chunk-JXRQURW6.js";
import "./chunk-76QLQ7V4.js";
import "./chunk-MWCMMAC6.js";
import {
  __commonJS,
  __toESM
} from "./chunk-MYTUJWT6.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result2 = "", cursor = 0;
      do {
        result2 += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result2 + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/cli/main.ts
import path9 from "node:path";

// src/report/index.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/report/location.ts
import path from "node:path";
var crypto = () => process.getBuiltinModule("node:crypto");
function repoPath(where, file) {
  const rel = path.relative(where.root, path.resolve(where.cwd, file));
  if (rel.startsWith("..") || path.isAbsolute(rel)) return file.split(path.sep).join("/");
  return rel.split(path.sep).join("/");
}
function fingerprints(findings, where) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const text = (f.sourceLine ?? "").trim();
    const base = `${f.rule}\0${repoPath(where, f.path)}\0${text}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return crypto().createHash("sha256").update(`${base}\0${n}`).digest("hex");
  });
}
function countByRule(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const entry = counts.get(f.rule) ?? { rule: f.rule, name: f.name, count: 0, fixable: 0, unsafe: 0 };
    entry.count++;
    if (f.fix?.applicability === "safe") entry.fixable++;
    if (f.fix?.applicability === "unsafe") entry.unsafe++;
    counts.set(f.rule, entry);
  }
  return [...counts.values()].sort((a, b) => a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
function countByFile(findings, where) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const p = repoPath(where, f.path);
    const entry = counts.get(p) ?? { path: p, count: 0, fixable: 0, rules: [] };
    entry.count++;
    if (f.fix?.applicability === "safe") entry.fixable++;
    if (!entry.rules.includes(f.rule)) entry.rules.push(f.rule);
    counts.set(p, entry);
  }
  for (const c of counts.values()) c.rules.sort();
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// src/report/github.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(name, properties, message) {
  const props = properties.filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${name}${props.length ? ` ${props.join(",")}` : ""}::${escapeData(message)}
`;
}
function annotation(f, where) {
  const oneLine = f.start.line === f.end.line;
  return command(f.rule === "E902" || f.severity === "error" ? "error" : "warning", [
    ["file", repoPath(where, f.path)],
    ["line", f.start.line],
    ["endLine", f.end.line],
    ["col", oneLine ? f.start.column : void 0],
    ["endColumn", oneLine ? f.end.column : void 0],
    ["title", `popenlint (${f.rule})`]
  ], f.message);
}
function formatGithub(report, where) {
  let out = "";
  for (const f of report.findings) out += annotation(f, where);
  const files = `${report.summary.files} file${report.summary.files === 1 ? "" : "s"} checked`;
  const n = report.summary.findings;
  const totals2 = countByRule(report.findings).map((c) => `${c.rule} (${c.name}): ${c.count}`).join("\n");
  const message = n === 0 ? `No findings; ${files}.` : `${n} finding${n === 1 ? "" : "s"} in ${files}.
${totals2}${report.fixable.safe ? `
${report.fixable.safe} fixable with \`popenlint fix\`.` : ""}`;
  return out + command("notice", [["title", "popenlint summary"]], message);
}

// src/report/gitlab.ts
function severity(rule, level3) {
  if (rule === "E902") return "critical";
  return level3 === "error" ? "major" : "minor";
}
function gitlabIssues(report, where) {
  const prints = fingerprints(report.findings, where);
  return report.findings.map((f, i) => ({
    type: "issue",
    check_name: f.rule,
    description: `${f.rule} ${f.message}`,
    content: { body: f.fix ? `${f.name}. Fix (${f.fix.applicability}): ${f.fix.description}. See \`popenlint explain ${f.rule}\`.` : `${f.name}. See \`popenlint explain ${f.rule}\`.` },
    categories: ["Bug Risk"],
    severity: severity(f.rule, f.severity),
    fingerprint: prints[i],
    location: { path: repoPath(where, f.path), lines: { begin: f.start.line, end: f.end.line } },
    engine_name: "popenlint"
  }));
}
function formatGitlab(report, where) {
  return `${JSON.stringify(gitlabIssues(report, where), null, 2)}
`;
}

// src/report/html.ts
var OPEN_LIMIT = 200;
var esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --card: #f6f8fa;
  --add: #dafbe1; --del: #ffebe9; --hit: #fff8c5; --err: #cf222e; --warn: #9a6700; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --card: #151b23;
  --add: #12361f; --del: #4c1b1b; --hit: #3b2e00; --err: #ff7b72; --warn: #d29922; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 76rem; padding: 1.5rem; font: 15px/1.5 system-ui, sans-serif; background: var(--bg); color: var(--fg); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
.muted { color: var(--muted); }
#totals { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
.total { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1rem; min-width: 9rem; }
.total b { display: block; font-size: 1.8rem; line-height: 1.2; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
details { border: 1px solid var(--line); border-radius: 8px; margin: .6rem 0; padding: 0 .8rem; }
details[open] { padding-bottom: .6rem; }
summary { cursor: pointer; padding: .5rem 0; font-weight: 600; }
.finding { border-top: 1px solid var(--line); padding: .6rem 0; }
.finding:first-of-type { border-top: 0; }
.rule { font-weight: 700; } .sev-error .rule { color: var(--err); } .sev-warning .rule { color: var(--warn); }
pre { margin: .4rem 0; padding: .5rem 0; background: var(--card); border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; font: 13px/1.45 ui-monospace, monospace; }
pre span { display: block; padding: 0 .8rem; white-space: pre; }
.ln { display: inline-block; min-width: 3.5em; color: var(--muted); user-select: none; }
.hit { background: var(--hit); } .add { background: var(--add); } .del { background: var(--del); } .hunk { color: var(--muted); }
code { font: 13px ui-monospace, monospace; }
nav a { margin-right: 1rem; }
`;
function totals(report, filesWithFindings) {
  const none = report.summary.findings - report.fixable.safe - report.fixable.unsafe;
  const card = (n, label, id) => `<div class="total" id="total-${id}"><b>${n}</b>${esc(label)}</div>`;
  return `<section id="totals">${[
    card(report.summary.findings, "findings", "findings"),
    card(filesWithFindings, "files with findings", "files-with-findings"),
    card(report.summary.files, "files checked", "files"),
    card(report.fixable.safe, "safe fixes (popenlint fix)", "safe"),
    card(report.fixable.unsafe, "unsafe fixes (--unsafe-fixes)", "unsafe"),
    card(none, "without a fix", "none")
  ].join("")}</section>`;
}
function ruleTable(report, rules2) {
  const rows = countByRule(report.findings).map((r) => {
    const meta = rules2.find((m) => m.id === r.rule);
    return `<tr><td class="rule">${esc(r.rule)}</td><td>${esc(r.name)}${meta ? `<br><span class="muted">${esc(meta.summary)}</span>` : ""}</td><td class="n">${r.count}</td><td class="n">${r.fixable}</td><td class="n">${r.unsafe}</td><td class="n">${r.count - r.fixable - r.unsafe}</td></tr>`;
  });
  return `<table><thead><tr><th>Rule</th><th>Name</th><th class="n">Findings</th><th class="n">Safe fix</th><th class="n">Unsafe fix</th><th class="n">No fix</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function excerptHtml(f) {
  if (!f.detail) return f.sourceLine !== null ? `<pre><span class="hit"><span class="ln">${f.start.line}</span>${esc(f.sourceLine)}</span></pre>` : "";
  const { line, lines } = f.detail.excerpt;
  const rows = lines.map((text, i) => {
    const n = line + i;
    const hit = n >= f.start.line && n <= f.end.line;
    return `<span${hit ? ' class="hit"' : ""}><span class="ln">${n}</span>${esc(text)}</span>`;
  });
  return `<pre class="code">${rows.join("")}</pre>`;
}
function diffHtml(f) {
  if (!f.fix) return '<p class="muted">No automatic fix: see <code>popenlint explain ' + esc(f.rule) + "</code>.</p>";
  const head = `<p>Fix (${esc(f.fix.applicability)}, strategy ${esc(f.fix.strategy)}): ${esc(f.fix.description)}${f.fix.applicability === "unsafe" ? ' <span class="muted">(applied with <code>--unsafe-fixes</code>)</span>' : ""}</p>`;
  if (!f.detail?.diff) return head;
  const rows = [];
  for (const h of f.detail.diff) {
    const removed = h.lines.filter((l) => !l.startsWith("+")).length;
    const added = h.lines.filter((l) => !l.startsWith("-")).length;
    rows.push(`<span class="hunk">@@ -${h.oldStart},${removed} +${h.newStart},${added} @@</span>`);
    for (const l of h.lines) rows.push(`<span${l.startsWith("+") ? ' class="add"' : l.startsWith("-") ? ' class="del"' : ""}>${esc(l)}</span>`);
  }
  return `${head}<pre class="diff">${rows.join("")}</pre>`;
}
function findingHtml(f, id, where) {
  const loc = `${repoPath(where, f.path)}:${f.start.line}:${f.start.column}`;
  return `<div class="finding sev-${f.severity}" id="f${id}"><div><code>${esc(loc)}</code> <span class="rule">${esc(f.rule)}</span> <span class="muted">[${esc(f.name)}]</span></div><div>${esc(f.message)}</div>${excerptHtml(f)}${diffHtml(f)}</div>`;
}
function folderOf(p) {
  const i = p.lastIndexOf("/");
  return i < 0 ? "." : p.slice(0, i);
}
function byFolder(report, where) {
  const folders = /* @__PURE__ */ new Map();
  report.findings.forEach((f, id) => {
    const p = repoPath(where, f.path);
    const files = folders.get(folderOf(p)) ?? /* @__PURE__ */ new Map();
    folders.set(folderOf(p), files);
    const list2 = files.get(p) ?? [];
    files.set(p, list2);
    list2.push({ f, id });
  });
  const out = [];
  const open = report.findings.length <= OPEN_LIMIT ? " open" : "";
  for (const folder of [...folders.keys()].sort()) {
    const files = folders.get(folder);
    const count = [...files.values()].reduce((n, l) => n + l.length, 0);
    out.push(`<details class="folder"${open}><summary>${esc(folder === "." ? "./" : `${folder}/`)} \u2014 ${plural(count, "finding")} in ${plural(files.size, "file")}</summary>`);
    for (const file of [...files.keys()].sort()) {
      const list2 = files.get(file);
      out.push(`<details class="file"${open}><summary><code>${esc(file)}</code> \u2014 ${plural(list2.length, "finding")}</summary>${list2.map((e) => findingHtml(e.f, e.id, where)).join("")}</details>`);
    }
    out.push("</details>");
  }
  return out.join("");
}
function byOwner(report, where, owners) {
  const groups = /* @__PURE__ */ new Map();
  report.findings.forEach((f, id) => {
    const list2 = owners.of(repoPath(where, f.path));
    for (const owner of list2.length ? list2 : ["(no owner)"]) {
      const g = groups.get(owner) ?? [];
      groups.set(owner, g);
      g.push({ f, id });
    }
  });
  const names = [...groups.keys()].sort((a, b) => a === "(no owner)" ? 1 : b === "(no owner)" ? -1 : a.localeCompare(b));
  return names.map((owner) => {
    const list2 = groups.get(owner);
    const rows = list2.map(({ f, id }) => `<tr><td><a href="#f${id}"><code>${esc(`${repoPath(where, f.path)}:${f.start.line}`)}</code></a></td><td class="rule">${esc(f.rule)}</td><td>${esc(f.message)}</td><td>${f.fix ? esc(f.fix.applicability) : "none"}</td></tr>`);
    return `<details class="owner"><summary>${esc(owner)} \u2014 ${plural(list2.length, "finding")}</summary><table><thead><tr><th>Location</th><th>Rule</th><th>Message</th><th>Fix</th></tr></thead><tbody>${rows.join("")}</tbody></table></details>`;
  }).join("");
}
function formatHtml(report, options) {
  const files = countByFile(report.findings, options);
  const title = report.summary.findings === 0 ? "popenlint: no findings" : `popenlint: ${plural(report.summary.findings, "finding")} in ${plural(files.length, "file")}`;
  const body = [
    `<h1>${esc(title)}</h1>`,
    `<p class="muted">popenlint ${esc(options.version)} \xB7 ${esc(options.root)}</p>`,
    totals(report, files.length)
  ];
  if (report.summary.findings > 0) {
    body.push(`<nav><a href="#by-rule">By rule</a><a href="#by-folder">By folder</a>${options.owners ? '<a href="#by-owner">By owner</a>' : ""}</nav>`);
    body.push('<h2 id="by-rule">By rule</h2>', ruleTable(report, options.rules));
    if (options.owners) body.push(`<h2 id="by-owner">By owner <span class="muted">(${esc(options.owners.file)})</span></h2>`, byOwner(report, options, options.owners));
    body.push('<h2 id="by-folder">By folder</h2>', byFolder(report, options));
  }
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    `<body>${body.join("\n")}</body>`,
    "</html>",
    ""
  ].join("\n");
}

// src/report/json.ts
function formatJson(report) {
  const findings = report.findings.map((f) => ({
    rule: f.rule,
    name: f.name,
    path: f.path,
    line: f.start.line,
    column: f.start.column,
    endLine: f.end.line,
    endColumn: f.end.column,
    message: f.message,
    severity: f.severity,
    evidence: f.evidence ?? null,
    fix: f.fix ? {
      strategy: f.fix.strategy,
      applicability: f.fix.applicability,
      edits: f.fix.edits.map((e) => ({ line: e.start.line, column: e.start.column, endLine: e.end.line, endColumn: e.end.column, content: e.content }))
    } : null
  }));
  const { files, parsed, findings: count } = report.summary;
  return `${JSON.stringify({ version: 1, findings, errors: report.errors ?? [], summary: { files, parsed, findings: count } }, null, 2)}
`;
}

// src/report/markdown.ts
var TOP_FILES = 10;
var MAX_LIST_CHARS = 9e5;
function cell(s) {
  return s.replace(/\r?\n|\r/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|");
}
function code(s) {
  const flat = s.replace(/\r?\n|\r/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function fixCell(f) {
  if (!f.fix) return "none";
  return `${f.fix.applicability}: ${cell(f.fix.description)}`;
}
function locationCell(f, options) {
  const p = repoPath(options, f.path);
  const text = code(`${p}:${f.start.line}:${f.start.column}`);
  if (!options.sourceUrl || p.startsWith("../") || p.startsWith("/")) return text;
  const url = `${options.sourceUrl.replace(/\/$/, "")}/${p.split("/").map(encodeURIComponent).join("/")}#L${f.start.line}`;
  return `[${text}](${url.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
}
function formatMarkdown(report, where) {
  const n = report.summary.findings;
  const files = report.summary.files;
  if (n === 0) return `## popenlint: no findings

${plural2(files, "file")} checked.
`;
  const byFile = countByFile(report.findings, where);
  const none = n - report.fixable.safe - report.fixable.unsafe;
  const out = [];
  out.push(`## popenlint: ${plural2(n, "finding")} in ${plural2(byFile.length, "file")}`, "");
  out.push(`${plural2(files, "file")} checked. ${report.fixable.safe} fixable with \`popenlint fix\`, ${report.fixable.unsafe} more with \`popenlint fix --unsafe-fixes\`, ${none} without an automatic fix.`, "");
  out.push("### By rule", "", "| Rule | Name | Findings | Safe fix | Unsafe fix | No fix |", "|---|---|---:|---:|---:|---:|");
  for (const r of countByRule(report.findings)) out.push(`| ${r.rule} | ${cell(r.name)} | ${r.count} | ${r.fixable} | ${r.unsafe} | ${r.count - r.fixable - r.unsafe} |`);
  out.push("", "### Top files", "", "| File | Findings | Safe fix | Rules |", "|---|---:|---:|---|");
  for (const f of byFile.slice(0, TOP_FILES)) out.push(`| ${code(f.path)} | ${f.count} | ${f.fixable} | ${f.rules.join(", ")} |`);
  if (byFile.length > TOP_FILES) out.push("", `\u2026and ${plural2(byFile.length - TOP_FILES, "more file")}.`);
  out.push("", `<details><summary>All ${plural2(n, "finding")}</summary>`, "", "| Location | Rule | Message | Fix |", "|---|---|---|---|");
  let size = 0;
  let listed = 0;
  for (const f of report.findings) {
    const row = `| ${locationCell(f, where)} | ${f.rule} | ${cell(f.message)} | ${fixCell(f)} |`;
    if (size + row.length > MAX_LIST_CHARS) break;
    size += row.length + 1;
    listed++;
    out.push(row);
  }
  if (listed < n) out.push("", `${plural2(n - listed, "more finding")} not listed: a step summary holds at most 1 MiB. The log and the SARIF or JSON report have them all.`);
  out.push("", "</details>", "");
  return out.join("\n");
}

// src/report/sarif.ts
import path2 from "node:path";
var SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var E902 = {
  id: "E902",
  name: "io-error",
  summary: "A file could not be read or decoded",
  severity: "error",
  defaultEnabled: true,
  doc: "popenlint could not read, decode or parse this file, so it was not checked. The message says why (missing, not a regular file, undecodable bytes, binary content)."
};
var level = (severity2) => severity2 === "error" ? "error" : "warning";
function helpMarkdown(rule) {
  const lang = rule.language === "python" ? "python" : "js";
  const d = rule.docs;
  return [
    `## What it does
${d.whatItDoes}`,
    `## Why is this bad?
${d.whyIsThisBad}`,
    `## Example
\`\`\`${lang}
${d.example.trimEnd()}
\`\`\``,
    `## Use instead
\`\`\`${lang}
${d.useInstead.trimEnd()}
\`\`\``,
    `## Fix safety
${d.fixSafety}`,
    `## References
${d.references.map((r) => `- <${r}>`).join("\n")}`,
    `Run \`popenlint explain ${rule.id}\` for a runnable reproduction.`
  ].join("\n\n");
}
function helpText(rule) {
  const d = rule.docs;
  return [d.whatItDoes, d.whyIsThisBad, `Example:
${d.example}`, `Use instead:
${d.useInstead}`, `Fix safety: ${d.fixSafety}`, `References: ${d.references.join(" ")}`].join("\n\n");
}
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.docs.whatItDoes}

${rule.docs.whyIsThisBad}` },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    defaultConfiguration: { enabled: rule.defaultEnabled, level: level(rule.severity) },
    properties: { tags: [rule.language, "reliability"], precision: "high", "problem.severity": level(rule.severity) }
  };
}
function e902Descriptor() {
  return {
    id: E902.id,
    name: E902.name,
    shortDescription: { text: E902.summary },
    fullDescription: { text: E902.doc },
    help: { text: E902.doc, markdown: E902.doc },
    defaultConfiguration: { enabled: true, level: "error" }
  };
}
function artifactUri(where, file) {
  const encode = (p) => p.split("/").map(encodeURIComponent).join("/");
  const abs = path2.resolve(where.cwd, file);
  const rel = path2.relative(where.root, abs);
  if (rel.startsWith("..") || path2.isAbsolute(rel)) return `file://${encode(abs.split(path2.sep).join("/"))}`;
  return encode(repoPath(where, file));
}
function region(start, end) {
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
function result(f, ruleIndex, fingerprint, where) {
  const uri = artifactUri(where, f.path);
  const artifactLocation = { uri };
  const physicalLocation = {
    artifactLocation,
    region: { ...region(f.start, f.end), ...f.sourceLine !== null && f.start.line === f.end.line ? { snippet: { text: f.sourceLine } } : {} }
  };
  return {
    ruleId: f.rule,
    ruleIndex,
    level: level(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation }],
    // Our own key, not GitHub's primaryLocationLineHash: upload-sarif computes that one itself
    // from the file, and a value in another format would be taken as is.
    partialFingerprints: { "popenlint/v1": fingerprint },
    ...f.fix ? {
      fixes: [{
        description: { text: `${f.fix.description} (${f.fix.applicability} fix, strategy ${f.fix.strategy})` },
        artifactChanges: [{
          artifactLocation,
          replacements: f.fix.edits.map((e) => ({ deletedRegion: region(e.start, e.end), insertedContent: { text: e.content } }))
        }]
      }]
    } : {},
    properties: { name: f.name, ...f.evidence ? { evidence: f.evidence } : {}, ...f.fix ? { applicability: f.fix.applicability, strategy: f.fix.strategy } : {} }
  };
}
function sarifLog(report, options) {
  const rules2 = options.rules.map(ruleDescriptor);
  const index = new Map(options.rules.map((r, i) => [r.id, i]));
  if (report.findings.some((f) => !index.has(f.rule))) {
    index.set(E902.id, rules2.length);
    rules2.push(e902Descriptor());
  }
  const prints = fingerprints(report.findings, options);
  const errors = report.errors ?? [];
  return {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "popenlint", version: options.version, semanticVersion: options.version, rules: rules2 } },
      // Our columns count Unicode code points (the JSON contract); SARIF's default is UTF-16 units.
      columnKind: "unicodeCodePoints",
      results: report.findings.map((f, i) => result(f, index.get(f.rule) ?? index.get(E902.id), prints[i], options)),
      // A rule that failed on a file is popenlint's bug, not a result about the code.
      invocations: [{
        executionSuccessful: errors.length === 0,
        ...errors.length ? {
          toolExecutionNotifications: errors.map((e) => ({
            level: "error",
            message: { text: `internal error: ${e.message}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(options, e.path) } } }]
          }))
        } : {}
      }]
    }]
  };
}
function formatSarif(report, options) {
  return `${JSON.stringify(sarifLog(report, options), null, 2)}
`;
}

// src/report/statistics.ts
function formatStatistics(report, json, c) {
  const rows = countByRule(report.findings);
  if (json) return `${JSON.stringify(rows.map((r) => ({ code: r.rule, name: r.name, count: r.count, fixable: r.fixable })), null, 2)}
`;
  if (rows.length === 0) return `${c.green("All checks passed!")} (${report.summary.files} file${report.summary.files === 1 ? "" : "s"} checked)
`;
  const width = Math.max(0, ...rows.map((r) => String(r.count).length));
  const idWidth = Math.max(0, ...rows.map((r) => r.rule.length));
  return rows.map((r) => `${String(r.count).padStart(width)}	${c.red(c.bold(r.rule.padEnd(idWidth)))}	${r.fixable === r.count ? "[*] " : "    "}${r.name}
`).join("");
}

// src/report/text.ts
function formatText(report, c) {
  return formatFindings(report.findings, c, false) + summaryLine(report, c);
}
function formatConcise(report, c) {
  return formatFindings(report.findings, c, true) + summaryLine(report, c);
}
function formatFindings(findings, c, concise) {
  let out = "";
  for (const f of findings) out += concise ? `${location(f, c)} ${ruleId(f, c)} ${level2(f)}${f.message}
` : findingBlock(f, c);
  return out;
}
function ruleId(f, c) {
  return f.severity === "error" ? c.red(c.bold(f.rule)) : c.yellow(c.bold(f.rule));
}
function level2(f) {
  return f.severity === "warning" ? "warning: " : "";
}
function location(f, c) {
  return `${c.bold(f.path)}${c.cyan(":")}${f.start.line}${c.cyan(":")}${f.start.column}${c.cyan(":")}`;
}
function findingBlock(f, c) {
  let out = `${location(f, c)} ${ruleId(f, c)} ${c.dim(`[${f.name}]`)} ${level2(f)}${f.message}
`;
  if (f.sourceLine !== null) {
    const gutter = String(f.start.line);
    const pad = " ".repeat(gutter.length);
    const line = f.sourceLine.replace(/\t/g, "    ");
    const before = [...f.sourceLine].slice(0, f.start.column - 1).join("").replace(/\t/g, "    ");
    const width = f.end.line === f.start.line ? Math.max(1, f.end.column - f.start.column) : Math.max(1, [...f.sourceLine].length - (f.start.column - 1));
    out += `${c.blue(`${pad} |`)}
${c.blue(`${gutter} |`)} ${line}
${c.blue(`${pad} |`)} ${" ".repeat([...before].length)}${c.red("^".repeat(width))}
`;
  }
  if (f.evidence) out += `${c.blue("  =")} ${c.cyan("evidence")}: ${f.evidence} (${f.severity})
`;
  if (f.fix) out += `${c.blue("  =")} ${c.cyan("fix")} (${f.fix.applicability}, ${f.fix.strategy}): ${f.fix.description}
`;
  return `${out}
`;
}
function summaryLine(report, c) {
  return findingsLine(report, c) + hiddenLine(report.summary.hidden);
}
function findingsLine(report, c) {
  const n = report.summary.findings;
  if (n === 0) return `${c.green("All checks passed!")} (${report.summary.files} file${report.summary.files === 1 ? "" : "s"} checked)
`;
  const w = report.summary.warnings ?? 0;
  const warnings = w ? ` (${w} warning${w === 1 ? "" : "s"})` : "";
  const parts = [`Found ${n} finding${n === 1 ? "" : "s"}${warnings} in ${report.summary.files} file${report.summary.files === 1 ? "" : "s"} checked.`];
  if (report.fixable.safe) parts.push(`${report.fixable.safe} fixable with \`popenlint fix\`.`);
  if (report.fixable.unsafe) parts.push(`${report.fixable.unsafe} more with \`popenlint fix --unsafe-fixes\`.`);
  return `${parts.join(" ")}
`;
}
function dropSummaryLines(text) {
  return text.split("\n").filter((l) => !/^(?:All checks passed!|Found \d+ finding|\d+ more findings? on weaker evidence)/.test(l)).join("\n");
}
function hiddenLine(hidden) {
  const levels = EVIDENCE_LEVELS.filter((level3) => (hidden?.[level3] ?? 0) > 0);
  if (levels.length === 0) return "";
  const n = levels.reduce((sum, level3) => sum + hidden[level3], 0);
  const loosest = levels[levels.length - 1];
  return `${n} more finding${n === 1 ? "" : "s"} on weaker evidence ${n === 1 ? "is" : "are"} not shown: \`--evidence ${loosest}\` shows ${n === 1 ? "it" : "them"}.
`;
}

// src/report/index.ts
var FORMATS = ["text", "concise", "json", "sarif", "github", "gitlab", "markdown", "html"];
var formatters = {
  text: (r, o) => formatText(r, import_picocolors.default.createColors(o.color)),
  concise: (r, o) => formatConcise(r, import_picocolors.default.createColors(o.color)),
  json: (r) => formatJson(r),
  sarif: (r, o) => formatSarif(r, o),
  github: (r, o) => formatGithub(r, o),
  gitlab: (r, o) => formatGitlab(r, o),
  markdown: (r, o) => formatMarkdown(r, o),
  html: (r, o) => formatHtml(r, o)
};
var DETAIL_FORMATS = ["html"];
function format(name, report, options) {
  return formatters[name](report, options);
}
function statistics(name, report, options) {
  return formatStatistics(report, name === "json", import_picocolors.default.createColors(options.color));
}

// src/cli/git.ts
import fs from "node:fs";
import path3 from "node:path";
var GitError = class extends Error {
};
function git(args, cwd) {
  const { execFileSync } = process.getBuiltinModule("node:child_process");
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    const err = e;
    if (err.code === "ENOENT") throw new GitError("git is not installed or not on PATH");
    throw new GitError((err.stderr ?? err.message).trim().split("\n")[0] ?? "git failed");
  }
}
function repoRoot(cwd) {
  try {
    return git(["rev-parse", "--show-toplevel"], cwd).trim() || null;
  } catch {
    return null;
  }
}
function changedSince(ref, cwd) {
  const root = repoRoot(cwd);
  if (!root) throw new GitError(`--changed-since needs a git repository; '${cwd}' is not in one`);
  try {
    git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], root);
  } catch {
    throw new GitError(`--changed-since: '${ref}' is not a commit in ${root} (in CI, fetch it first: git fetch origin ${ref})`);
  }
  const diff = git(["-c", "core.quotepath=off", "diff", "--name-only", "--no-relative", "-z", "--end-of-options", ref, "--"], root);
  const untracked = git(["ls-files", "--others", "--exclude-standard", "-z"], root);
  const out = /* @__PURE__ */ new Set();
  for (const rel of `${diff}\0${untracked}`.split("\0")) if (rel) out.add(path3.join(root, rel));
  return out;
}
function realPath(abs) {
  try {
    return fs.realpathSync(abs);
  } catch {
    return abs;
  }
}

// src/cli/reports.ts
import fs2 from "node:fs";
import path4 from "node:path";

// src/report/codeowners.ts
var import_ignore = __toESM(require_ignore(), 1);
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"];
function words(line) {
  return (line.match(/(?:\\.|\S)+/g) ?? []).map((w) => w.replace(/\\(.)/g, "$1"));
}
function parseCodeOwners(text) {
  const sections = [[]];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) continue;
    const section = /^\^?\[[^\]]*\](?:\[\d+\])?\s*(.*)$/.exec(line);
    if (section) {
      sections.push([]);
      continue;
    }
    const [pattern, ...owners] = words(line);
    if (!pattern || pattern.startsWith("!")) continue;
    const matcher = (0, import_ignore.default)().add(pattern);
    sections.at(-1).push({ matches: (p) => matcher.ignores(p), owners });
  }
  return (path10) => {
    const out = /* @__PURE__ */ new Set();
    for (const rules2 of sections) {
      for (let i = rules2.length - 1; i >= 0; i--) {
        if (rules2[i].matches(path10)) {
          for (const o of rules2[i].owners) out.add(o);
          break;
        }
      }
    }
    return [...out];
  };
}

// src/cli/reports.ts
var ReportError = class extends Error {
};
function parseReportSpec(spec) {
  const colon = spec.indexOf(":");
  const name = colon < 0 ? spec : spec.slice(0, colon);
  const file = colon < 0 ? "" : spec.slice(colon + 1);
  if (!FORMATS.includes(name)) {
    throw new ReportError(`--report '${spec}': unknown format '${name}'; write FORMAT:PATH with FORMAT one of ${FORMATS.join(", ")}`);
  }
  if (!file) throw new ReportError(`--report '${spec}': no path; write FORMAT:PATH, e.g. ${name}:popenlint.${name === "markdown" ? "md" : name}`);
  return { format: name, path: file };
}
function parseReportSpecs(specs) {
  if (specs === void 0) return [];
  return (Array.isArray(specs) ? specs : [specs]).map((s) => parseReportSpec(String(s)));
}
function writeReport(file, text) {
  try {
    fs2.mkdirSync(path4.dirname(path4.resolve(file)), { recursive: true });
    fs2.writeFileSync(file, text);
  } catch (e) {
    throw new ReportError(`cannot write report '${file}': ${e.code ?? e.message}`);
  }
}
function loadCodeOwners(root) {
  for (const rel of CODEOWNERS_PATHS) {
    let text;
    try {
      text = fs2.readFileSync(path4.join(root, rel), "utf8");
    } catch {
      continue;
    }
    return { file: rel, of: parseCodeOwners(text) };
  }
  return void 0;
}
function changedFirst(report, ref, cwd, warn) {
  let changed;
  try {
    changed = changedSince(ref, cwd);
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    warn(`--changed-first: ${e.message.replace(/^--changed-since: /, "")}; findings keep their usual order`);
    return;
  }
  const isChanged = (p) => {
    const abs = path4.resolve(cwd, p);
    return changed.has(path4.join(realPath(path4.dirname(abs)), path4.basename(abs)));
  };
  const first = report.findings.filter((f) => isChanged(f.path));
  if (first.length === 0) return;
  report.findings = [...first, ...report.findings.filter((f) => !isChanged(f.path))];
}

// src/cli/suppressions.ts
import fs3 from "node:fs";
import path5 from "node:path";
var crypto2 = () => process.getBuiltinModule("node:crypto");
var DEFAULT_SUPPRESSIONS_FILE = "popenlint-suppressions.json";
var SuppressionsError = class extends Error {
};
var MAX_LINES = 20;
function suppressionFingerprint(f, source) {
  const lines = [];
  const last = Math.min(f.range.end.line, f.range.start.line + MAX_LINES - 1);
  for (let line = f.range.start.line; line <= last; line++) lines.push(source.lineText(line - 1));
  const text = lines.join("\n").replace(/\s+/g, " ").trim();
  return crypto2().createHash("sha256").update(`${f.rule}\0${text}`).digest("hex").slice(0, 16);
}
var BulkSuppressions = class _BulkSuppressions {
  constructor(location2, files, exists) {
    this.location = location2;
    this.exists = exists;
    this.files = files;
  }
  location;
  exists;
  files;
  /** Fingerprints matched by the last apply(), per file key and rule. */
  matched = /* @__PURE__ */ new Map();
  /** File keys this run checked completely (no E902), with the rules enabled for each. */
  checked = /* @__PURE__ */ new Map();
  /** Reads the file; a missing file is an empty set, a malformed one a one-line error. */
  static load(location2) {
    let text;
    try {
      text = fs3.readFileSync(location2, "utf8");
    } catch (e) {
      const code2 = e.code;
      if (code2 === "ENOENT") return new _BulkSuppressions(location2, {}, false);
      throw new SuppressionsError(`${location2}: cannot read: ${code2 ?? e.message}`);
    }
    let data;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (e) {
      throw new SuppressionsError(`${location2}: not valid JSON (${e.message})`);
    }
    const files = data?.files;
    if (data?.version !== 1 || typeof files !== "object" || files === null || Array.isArray(files)) {
      throw new SuppressionsError(`${location2}: not a popenlint suppressions file (expected {"version": 1, "files": {...}})`);
    }
    for (const [file, rules2] of Object.entries(files)) {
      for (const [rule, entry] of Object.entries(rules2 ?? {})) {
        const e = entry;
        if (!e || !Array.isArray(e.fingerprints) || !e.fingerprints.every((x) => typeof x === "string")) {
          throw new SuppressionsError(`${location2}: "${file}" \u2192 "${rule}" needs a "fingerprints" list of strings`);
        }
      }
    }
    return new _BulkSuppressions(location2, files, true);
  }
  key(cwd, file) {
    return path5.relative(path5.dirname(path5.resolve(this.location)), path5.resolve(cwd, file)).split(path5.sep).join("/");
  }
  /** Total fingerprints recorded. */
  get size() {
    let n = 0;
    for (const rules2 of Object.values(this.files)) for (const e of Object.values(rules2)) n += e.fingerprints.length;
    return n;
  }
  /**
   * Removes recorded findings from the results (in place). `enabled` gives the rules that ran on
   * a file: a record of a rule that did not run is neither used nor unused.
   */
  apply(results, cwd, enabled) {
    this.matched.clear();
    this.checked.clear();
    let suppressed = 0;
    for (const r of results) {
      const key = this.key(cwd, r.path);
      if (r.diagnostics.length === 0) this.checked.set(key, enabled(path5.resolve(cwd, r.path)));
      const rules2 = this.files[key];
      if (!rules2 || r.findings.length === 0 || !r.source) continue;
      const left = new Map(Object.entries(rules2).map(([rule, e]) => [rule, [...e.fingerprints]]));
      const used = /* @__PURE__ */ new Map();
      r.findings = r.findings.filter((f) => {
        const pool = left.get(f.rule);
        if (!pool) return true;
        const print = suppressionFingerprint(f, r.source);
        const i = pool.indexOf(print);
        if (i < 0) return true;
        pool.splice(i, 1);
        used.set(f.rule, [...used.get(f.rule) ?? [], print]);
        suppressed++;
        return false;
      });
      this.matched.set(key, used);
    }
    return { suppressed, unused: this.unusedCount() };
  }
  /** Records of checked files (for rules that ran) that matched nothing, plus files that no longer exist. */
  unused() {
    const out = [];
    const base = path5.dirname(path5.resolve(this.location));
    for (const [key, rules2] of Object.entries(this.files)) {
      const enabled = this.checked.get(key);
      const gone = !enabled && !fs3.existsSync(path5.join(base, key));
      if (!enabled && !gone) continue;
      for (const [rule, e] of Object.entries(rules2)) {
        if (!gone && !enabled.has(rule)) continue;
        const left = [...e.fingerprints];
        for (const p of this.matched.get(key)?.get(rule) ?? []) left.splice(left.indexOf(p), 1);
        if (left.length) out.push({ key, rule, fingerprints: left });
      }
    }
    return out;
  }
  unusedCount() {
    return this.unused().reduce((n, u) => n + u.fingerprints.length, 0);
  }
  /**
   * `--suppress-all` / `--suppress-rule`: records every current finding of the checked files
   * (only of `rules` when given), replacing what was recorded for the rules that ran there.
   * Files this run did not check keep their records. Returns the number of findings recorded.
   */
  record(results, cwd, enabled, rules2) {
    let n = 0;
    for (const r of results) {
      if (r.diagnostics.length > 0) continue;
      const key = this.key(cwd, r.path);
      const ran = enabled(path5.resolve(cwd, r.path));
      const entry = { ...this.files[key] ?? {} };
      for (const rule of Object.keys(entry)) if (ran.has(rule) && (!rules2 || rules2.includes(rule))) delete entry[rule];
      for (const f of r.findings) {
        if (rules2 && !rules2.includes(f.rule) || !r.source) continue;
        const e = entry[f.rule] ??= { count: 0, fingerprints: [] };
        e.fingerprints.push(suppressionFingerprint(f, r.source));
        e.count = e.fingerprints.length;
        n++;
      }
      if (Object.keys(entry).length) this.files[key] = entry;
      else delete this.files[key];
    }
    return n;
  }
  /** `--prune-suppressions`: drops the records the last apply() found unused. Returns how many. */
  prune() {
    let n = 0;
    for (const u of this.unused()) {
      const e = this.files[u.key][u.rule];
      for (const p of u.fingerprints) e.fingerprints.splice(e.fingerprints.indexOf(p), 1);
      e.count = e.fingerprints.length;
      n += u.fingerprints.length;
      if (e.fingerprints.length === 0) delete this.files[u.key][u.rule];
      if (Object.keys(this.files[u.key]).length === 0) delete this.files[u.key];
    }
    return n;
  }
  /** Writes the file (sorted keys, so it diffs well in review) through a temp file and a rename. */
  save() {
    const files = {};
    for (const key of Object.keys(this.files).sort()) {
      const rules2 = this.files[key];
      files[key] = {};
      for (const rule of Object.keys(rules2).sort()) files[key][rule] = { count: rules2[rule].fingerprints.length, fingerprints: [...rules2[rule].fingerprints].sort() };
    }
    const text = `${JSON.stringify({ version: 1, files }, null, 2)}
`;
    const target = path5.resolve(this.location);
    const tmp = path5.join(path5.dirname(target), `.${path5.basename(target)}.popenlint-${crypto2().randomBytes(6).toString("hex")}.tmp`);
    try {
      fs3.mkdirSync(path5.dirname(target), { recursive: true });
      fs3.writeFileSync(tmp, text);
      fs3.renameSync(tmp, target);
    } catch (e) {
      fs3.rmSync(tmp, { force: true });
      throw new SuppressionsError(`${this.location}: cannot write: ${e.code ?? e.message}`);
    }
  }
};
function applyBulkSuppressions(results, options) {
  const { location: location2, note } = options;
  const bulk = BulkSuppressions.load(location2);
  const cwd = process.cwd();
  const plural3 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (options.record) {
    const n = bulk.record(results, cwd, options.enabled, options.record === "all" ? void 0 : options.record);
    bulk.save();
    note(`Suppressed ${plural3(n, "finding")} in ${location2}.`);
  } else if (!bulk.exists) return;
  const { suppressed, unused } = bulk.apply(results, cwd, options.enabled);
  if (options.prune) {
    const pruned = bulk.prune();
    bulk.save();
    note(`Pruned ${plural3(pruned, "suppression")} that no longer match from ${location2}.`);
  } else if (unused > 0) {
    note(`${plural3(unused, "suppression")} in ${location2} no longer match${unused === 1 ? "es" : ""} a finding; remove ${unused === 1 ? "it" : "them"} with \`popenlint check --prune-suppressions\`.`);
  }
  if (suppressed > 0 && !options.record) note(`${plural3(suppressed, "finding")} suppressed by ${location2}.`);
}

// src/cli/run.ts
import os from "node:os";
import path6 from "node:path";

// src/pool/pool.ts
var WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } };
var IN_FLIGHT = 2;
function fromWire(w) {
  const r = { path: w.path, language: w.language, findings: w.findings, diagnostics: w.diagnostics, parsed: w.parsed };
  if (w.errors) r.errors = w.errors;
  if (w.hidden) r.hidden = w.hidden;
  if (w.decoded) {
    r.decoded = w.decoded;
    r.source = new SourceText(w.decoded.text);
  }
  return r;
}
var Ledger = class {
  constructor(finish) {
    this.finish = finish;
  }
  finish;
  pending = 0;
  onIdle = null;
  open() {
    this.pending++;
  }
  settle(index, r) {
    this.finish(index, r);
    this.pending--;
    if (this.pending === 0 && this.onIdle) this.onIdle();
  }
  idle() {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => {
      this.onIdle = resolve;
    });
  }
};
var Dispatcher = class {
  constructor(slots, ledger, list2, size, spawn) {
    this.slots = slots;
    this.ledger = ledger;
    this.list = list2;
    this.size = size;
    this.spawn = spawn;
  }
  slots;
  ledger;
  list;
  size;
  spawn;
  queue = [];
  /** The main thread's chain of files it took over from dead workers. */
  fallback = Promise.resolve();
  /** Workers started so far; at most `size`, so that a run with few candidates starts few. */
  started = 0;
  pump() {
    for (; ; ) {
      if (this.queue.length === 0) return;
      let live = this.slots.filter((s) => s.alive);
      if (live.length === 0 && this.started > 0) return this.takeOver();
      let slot = live.length ? live.reduce((a, b) => b.inFlight.size < a.inFlight.size ? b : a) : null;
      if ((!slot || slot.inFlight.size >= IN_FLIGHT) && this.started < this.size) {
        this.started++;
        this.slots.push(this.spawn());
        live = this.slots.filter((s) => s.alive);
        slot = live[live.length - 1];
      }
      if (!slot || slot.inFlight.size >= IN_FLIGHT) return;
      const { index, task } = this.queue.shift();
      slot.inFlight.set(index, task);
      slot.worker.postMessage({ index, task });
    }
  }
  /** Every worker died: the main thread lints what is left, one file at a time. */
  takeOver() {
    for (const { index, task } of this.queue.splice(0)) {
      const t = this.list[index];
      this.fallback = this.fallback.then(async () => this.ledger.settle(index, await lintTarget(t, task.engine, void 0, task.prefiltered)));
    }
  }
  /** A worker that errored or exited gives its tasks back to the queue. */
  lost(slot) {
    if (!slot.alive) return;
    slot.alive = false;
    for (const [index, task] of slot.inFlight) this.queue.unshift({ index, task });
    slot.inFlight.clear();
    this.pump();
  }
};
function spawnSlot(Worker, url, ledger, dispatcher) {
  const slot = { worker: new Worker(url, WORKER_OPTIONS), inFlight: /* @__PURE__ */ new Map(), alive: true };
  slot.worker.on("message", (m) => {
    slot.inFlight.delete(m.index);
    ledger.settle(m.index, fromWire(m.result));
    dispatcher.pump();
  });
  slot.worker.on("error", () => dispatcher.lost(slot));
  slot.worker.on("exit", () => dispatcher.lost(slot));
  return slot;
}
async function startPool(size, finish, list2) {
  const { Worker } = await import("node:worker_threads");
  const url = new URL("./worker.js", import.meta.url);
  const ledger = new Ledger(finish);
  const slots = [];
  const dispatcher = new Dispatcher(slots, ledger, list2, size, () => spawnSlot(Worker, url, ledger, dispatcher));
  return {
    submit(index, task) {
      ledger.open();
      dispatcher.queue.push({ index, task });
      dispatcher.pump();
    },
    async help() {
      while (dispatcher.queue.length > 0) {
        const { index, task } = dispatcher.queue.shift();
        ledger.settle(index, await lintTarget(list2[index], task.engine, void 0, task.prefiltered));
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    drain: () => ledger.idle().then(() => dispatcher.fallback),
    get started() {
      return dispatcher.started;
    },
    async close() {
      for (const s of slots) s.alive = false;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    }
  };
}

// src/cli/run.ts
async function targets(input, settings) {
  if (input.stdinFilename !== void 0) {
    const abs = path6.resolve(input.stdinFilename);
    const stdin = await readStdin();
    const language = languageByName(abs) ?? languageByHead(stdin.subarray(0, 128).toString("latin1")) ?? "python";
    if (input.forceExclude && isExcluded(abs, settings.excludes())) return { targets: [], results: [], passthrough: stdin };
    return { targets: [{ path: input.stdinFilename, abs, language, stdin }], results: [] };
  }
  const found = discover(input.paths, { exclude: settings.excludes(), forceExclude: input.forceExclude, onListing: seedFolderListing });
  const results = found.diagnostics.map((d) => ({ path: d.path, language: "python", findings: [], diagnostics: [d], parsed: false }));
  return { targets: found.files, results };
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
var PARALLEL_MIN_BYTES = 384 * 1024;
var PARALLEL_MIN_CANDIDATES = 12;
var LISTINGS_MIN_FILES = 64;
var QUICK_START_MAX_BYTES = 2 * 1024 * 1024;
function defaultJobs(cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length, load = os.loadavg()[0] ?? 0) {
  const idle = Math.round(cores - load);
  return Math.max(1, Math.min(cores, idle));
}
async function lintTargets(list2, settings, options = {}) {
  const jobs = options.jobs !== void 0 && options.jobs >= 1 ? Math.floor(options.jobs) : defaultJobs();
  const out = new Array(list2.length);
  const progress = new Progress(list2.length, { enabled: options.progress });
  const waiting = [];
  let waitingBytes = 0;
  let pool = null;
  const finish = (index, r) => {
    out[index] = r;
    progress.tick();
    options.onResult?.(index, r);
  };
  const wrappers = await projectWrappers(list2, settings);
  cacheFolderListings(list2.length >= LISTINGS_MIN_FILES);
  try {
    const reader = new Reader();
    let lastYield = Date.now();
    for (let i = 0; i < list2.length; i++) {
      if (Date.now() - lastYield > 25) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = Date.now();
      }
      const t = list2[i];
      const base = settings.forFile(t.abs).engine;
      const withWrappers = wrappers ? { ...base, wrappers } : base;
      const engine = options.fixEdits === false ? { ...withWrappers, fixEdits: false } : withWrappers;
      const fast = reader.read(t);
      if (fast && !isCandidate(fast, t.language, engine, t.abs)) {
        finish(i, { path: t.path, language: t.language, findings: [], diagnostics: [], parsed: false });
        continue;
      }
      const prefiltered = fast !== null;
      const bytes = pool && !t.stdin ? null : fast ? Buffer.from(fast) : readTarget(t);
      if (bytes && (!Buffer.isBuffer(bytes) || !prefiltered && !isCandidate(bytes, t.language, engine, t.abs) || t.stdin)) {
        finish(i, await lintTarget(t, engine, bytes));
      } else if (pool) {
        pool.submit(i, { path: t.path, abs: t.abs, language: t.language, engine, prefiltered });
      } else if (bytes) {
        waiting.push({ index: i, t, engine, bytes });
        waitingBytes += bytes.length;
        if (jobs > 1 && waiting.length >= 2 && (waiting.length >= PARALLEL_MIN_CANDIDATES || waitingBytes >= PARALLEL_MIN_BYTES)) {
          pool = await startPool(jobs - 1, finish, list2);
          for (const w of waiting.splice(0)) pool.submit(w.index, { path: w.t.path, abs: w.t.abs, language: w.t.language, engine: w.engine, prefiltered: true });
        }
      }
    }
    if (!pool && waitingBytes < QUICK_START_MAX_BYTES) preferQuickParserStart();
    for (let w = waiting.shift(); w; w = waiting.shift()) finish(w.index, await lintTarget(w.t, w.engine, w.bytes, true));
    if (pool) await pool.help();
    if (pool) await pool.drain();
  } finally {
    if (options.stats) options.stats.workers = pool?.started ?? 0;
    await pool?.close();
    cacheFolderListings(false);
    progress.stop();
  }
  return out;
}
async function projectWrappers(list2, settings) {
  const js = list2.filter((t) => t.language === "javascript" && !t.stdin);
  if (js.length < 2) return null;
  const files = [];
  for (const t of js) {
    const bytes = readTarget(t);
    const engine = settings.forFile(t.abs).engine;
    if (!Buffer.isBuffer(bytes) || !mentionsCandidate(bytes, needlesFor("javascript", engine.enabled)) || bytes.includes(0) || vendoredReason(t.abs, bytes, engine.vendored)) continue;
    files.push({ abs: t.abs, display: t.path, text: bytes.toString("utf8") });
  }
  if (!files.length) return {};
  const { buildWrapperIndex } = await import("./wrappers-64HXTJQP.js");
  return buildWrapperIndex(files);
}

// src/cli/quick-args.ts
var BOOLEANS = {
  "--exit-zero": "exit-zero",
  "--quiet": "quiet",
  "-q": "quiet",
  "--statistics": "statistics",
  "--force-exclude": "force-exclude"
};
var LISTS = { "--select": "select", "--extend-select": "extend-select", "--ignore": "ignore" };
function quickCheckArgs(argv) {
  if (argv[0] !== "check") return null;
  const args = {
    paths: [],
    format: "text",
    "force-exclude": false,
    "exit-zero": false,
    quiet: false,
    statistics: false,
    debug: false,
    "suppress-all": false,
    "prune-suppressions": false,
    "add-noqa": false
  };
  const seen = /* @__PURE__ */ new Set();
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("-")) {
      args.paths.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (seen.has(flag)) return null;
    seen.add(flag);
    const bool = BOOLEANS[flag];
    if (bool) {
      if (eq > 0) return null;
      args[bool] = true;
      continue;
    }
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === void 0 || value === "" || value.startsWith("-")) return null;
    if (flag === "--format") {
      if (!FORMATS.includes(value)) return null;
      args.format = value;
    } else if (flag === "--jobs" || flag === "-j") {
      if (!/^\d+$/.test(value)) return null;
      args.jobs = Number(value);
    } else if (LISTS[flag]) {
      const list2 = value.split(",").map((s) => s.trim()).filter(Boolean);
      if (!list2.length) return null;
      args[LISTS[flag]] = list2;
    } else {
      return null;
    }
  }
  return args;
}

// src/cli/stream.ts
var import_picocolors2 = __toESM(require_picocolors(), 1);
import fs4 from "node:fs";
import path7 from "node:path";

// src/report/model.ts
function outputFinding(f, source, strategy, detail) {
  const fix = chooseFix(f, strategy);
  const out = {
    rule: f.rule,
    name: f.name,
    path: f.path,
    start: f.range.start,
    end: f.range.end,
    message: f.message,
    severity: f.severity,
    evidence: f.evidence,
    sourceLine: source ? source.lineText(f.range.start.line - 1) : null,
    fix: fix && source ? {
      strategy: fix.strategy,
      applicability: fix.applicability,
      description: fix.description,
      edits: fix.edits.map((e) => ({ start: source.position(e.start), end: source.position(e.end), content: e.content }))
    } : null
  };
  if (detail && source) out.detail = detail(f, source, fix);
  return out;
}
function buildReport(results, strategy, detail) {
  const findings = [];
  const errors = [];
  const hidden = {};
  for (const r of results) {
    addHidden(hidden, r.hidden);
    const chosen = typeof strategy === "function" ? strategy(r) : strategy;
    for (const e of r.errors ?? []) errors.push({ path: e.path, message: e.message });
    for (const d of r.diagnostics) {
      findings.push({
        rule: d.code,
        name: "io-error",
        path: d.path,
        start: { line: 1, column: 1 },
        end: { line: 1, column: 1 },
        message: d.message,
        severity: "error",
        sourceLine: null,
        fix: null
      });
    }
    for (const f of r.findings) findings.push(outputFinding(f, r.source, chosen, detail));
  }
  return {
    findings,
    summary: { files: results.length, parsed: results.filter((r) => r.parsed).length, findings: findings.length, warnings: findings.filter((f) => f.severity === "warning").length, ...Object.keys(hidden).length ? { hidden } : {} },
    fixable: {
      safe: findings.filter((f) => f.fix?.applicability === "safe").length,
      unsafe: findings.filter((f) => f.fix?.applicability === "unsafe").length
    },
    errors
  };
}

// src/cli/stream.ts
var TextStream = class {
  constructor(count, concise, color, quiet, strategy, write) {
    this.count = count;
    this.concise = concise;
    this.color = color;
    this.quiet = quiet;
    this.strategy = strategy;
    this.write = write;
  }
  count;
  concise;
  color;
  quiet;
  strategy;
  write;
  next = 0;
  ready = /* @__PURE__ */ new Map();
  files = 0;
  findings = 0;
  warnings = 0;
  safe = 0;
  unsafe = 0;
  hidden = {};
  /** A file's result (any order): printed once all those before it are. */
  take = (index, r) => {
    this.ready.set(index, r);
    while (this.ready.has(this.next)) {
      const done = this.ready.get(this.next);
      this.ready.delete(this.next++);
      this.print(done);
    }
  };
  print(r) {
    const report = buildReport([r], this.strategy);
    this.files++;
    this.findings += report.summary.findings;
    this.warnings += report.findings.filter((f) => f.severity === "warning").length;
    this.safe += report.fixable.safe;
    this.unsafe += report.fixable.unsafe;
    addHidden(this.hidden, r.hidden);
    if (report.findings.length) this.write(this.filter(formatFindings(report.findings, import_picocolors2.default.createColors(this.color), this.concise)));
    delete r.source;
    delete r.decoded;
  }
  /** The summary line, once every file is printed; the findings by severity. */
  finish() {
    if (this.next !== this.count) throw new Error(`streamed ${this.next} of ${this.count} results`);
    const summary = { findings: [], summary: { files: this.files, parsed: 0, findings: this.findings, warnings: this.warnings, hidden: this.hidden }, fixable: { safe: this.safe, unsafe: this.unsafe } };
    this.write(this.filter(summaryLine(summary, import_picocolors2.default.createColors(this.color))));
    return { errors: this.findings - this.warnings, warnings: this.warnings };
  }
  // --quiet drops the summary lines, as render() does for the whole text.
  filter(text) {
    return this.quiet ? dropSummaryLines(text) : text;
  }
};
function suppressionsFileExists(location2) {
  return fs4.existsSync(path7.resolve(location2));
}

// src/cli/output.ts
import fs5 from "node:fs";
import path8 from "node:path";
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;
function useColor(args) {
  if (args.color !== void 0) return args.color;
  if (args["output-file"]) return false;
  if ("NO_COLOR" in process.env && process.env.NO_COLOR !== "") return false;
  if ("FORCE_COLOR" in process.env) return !["0", "false"].includes(process.env.FORCE_COLOR.toLowerCase());
  return !!process.stdout.isTTY;
}
function emit(args, text, stream = process.stdout) {
  const file = args["output-file"];
  if (!file) {
    stream.write(text);
    return;
  }
  try {
    fs5.mkdirSync(path8.dirname(path8.resolve(file)), { recursive: true });
    fs5.writeFileSync(file, text);
  } catch (e) {
    throw new UsageError(`cannot write the report to ${file}: ${e.code ?? e.message}`);
  }
}
function version() {
  try {
    return JSON.parse(fs5.readFileSync(path8.join(packageRoot(), "package.json"), "utf8")).version;
  } catch {
    return "0.0.0";
  }
}
function reportErrors(args, results) {
  let n = 0;
  for (const r of results) {
    for (const e of r.errors ?? []) {
      n++;
      process.stderr.write(`popenlint: internal error: ${e.path}: ${e.message}
`);
      if (args.debug && e.stack) process.stderr.write(`${e.stack}
`);
    }
  }
  if (n && !args.debug) process.stderr.write("Run again with --debug for a stack trace; please report it.\n");
  return n;
}
async function render(args, results, strategy) {
  results.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const r of results) sortFindings(r.findings);
  const reports = parseReportSpecs(args.report);
  const formats = [args.format, ...reports.map((r) => r.format)];
  let detail;
  if (formats.some((f) => DETAIL_FORMATS.includes(f))) detail = (await import("./detail-UYOTGFWU.js")).findingDetail;
  const report = buildReport(results, strategy, detail);
  const cwd = process.cwd();
  if (args["changed-first"] !== void 0) changedFirst(report, args["changed-first"], cwd, (m) => process.stderr.write(`popenlint: warning: ${m}
`));
  let root;
  const options = {
    color: useColor(args),
    rules,
    version: version(),
    cwd,
    get root() {
      return root ??= repoRoot(cwd) ?? cwd;
    }
  };
  if (formats.includes("html")) options.owners = loadCodeOwners(options.root);
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
  if (server && repo && sha) options.sourceUrl = `${server}/${repo}/blob/${sha}`;
  for (const r of reports) writeReport(r.path, format(r.format, report, { ...options, color: false, root: options.root }));
  const count = tally(report.findings);
  if (args.statistics) return { text: statistics(args.format, report, options), count };
  let text = format(args.format, report, options);
  if (args.quiet && (args.format === "text" || args.format === "concise")) text = dropSummaryLines(text);
  return { text, count };
}
function tally(findings) {
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return { errors: findings.length - warnings, warnings };
}
function findingsExit(args, count) {
  if (args["exit-zero"]) return EXIT_CLEAN;
  const max = args["max-warnings"];
  return count.errors > 0 || max !== void 0 && max >= 0 && count.warnings > max ? EXIT_FINDINGS : EXIT_CLEAN;
}
var UsageError = class extends Error {
};

// src/cli/main.ts
var list = (v) => v === void 0 ? void 0 : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(",")).map((s) => s.trim()).filter(Boolean);
function common(y) {
  return y.positional("paths", { type: "string", array: true, describe: "files or folders (default: .); - reads standard input" }).option("format", { choices: FORMATS, default: "text", describe: "output format" }).option("select", { type: "string", coerce: list, describe: "rule ids or prefixes to enable (replaces config)" }).option("extend-select", { type: "string", coerce: list, describe: "rule ids to enable in addition" }).option("ignore", { type: "string", coerce: list, describe: "rule ids or prefixes to disable" }).option("exclude", { type: "string", coerce: list, describe: "gitignore-style patterns to skip, replacing the config's exclude (comma-separated)" }).option("extend-exclude", { type: "string", coerce: list, describe: "patterns to skip in addition to the config's (comma-separated)" }).option("config", { type: "string", describe: "config file (pyproject.toml, popenlint.toml or package.json)" }).option("stdin-filename", { type: "string", describe: "read source from stdin, report it as this path" }).option("force-exclude", { type: "boolean", default: false, describe: "apply excludes to paths named on the command line" }).option("exit-zero", { type: "boolean", default: false, describe: "exit 0 even with findings" }).option("evidence", { choices: EVIDENCE_LEVELS, describe: "the weakest evidence reported: known (default: errors only), likely (also warnings: commands from outside), possible (also programs that are merely unlisted)" }).option("max-warnings", { type: "number", requiresArg: true, describe: "exit 1 when there are more warnings than this (default: warnings never fail the run)" }).option("quiet", { type: "boolean", alias: "q", default: false, describe: "print findings only, no summary" }).option("color", { type: "boolean", describe: "colored output (--no-color to disable; NO_COLOR/FORCE_COLOR honoured)" }).option("strategy", { choices: strategyNames(rules), describe: "fix strategy (default: config, else each rule's primary fix)" }).option("target-version", { type: "string", describe: "Python target when the file has no Python 2 syntax (py27, py311...)" }).option("output-file", { type: "string", alias: "o", describe: "write the report to a file" }).option("statistics", { type: "boolean", default: false, describe: "print the number of findings per rule instead of the findings" }).option("changed-since", { type: "string", describe: "only files changed since this git ref (committed, staged, unstaged or untracked)" }).option("report", { type: "string", requiresArg: true, describe: "also write a report of the same run to a file: FORMAT:PATH (repeatable), e.g. sarif:popenlint.sarif" }).option("changed-first", { type: "string", requiresArg: true, describe: "list findings in files changed since this git ref first (GitHub shows 10 annotations per type)" }).option("suppressions-location", { type: "string", requiresArg: true, describe: `bulk suppressions file (default: ${DEFAULT_SUPPRESSIONS_FILE} in the current folder)` }).option("jobs", { type: "number", alias: "j", describe: "worker threads for parsing (default: the idle cores, by load average; 1 = no workers)" }).option("debug", { type: "boolean", default: false, hidden: true });
}
function settingsOf(args) {
  return new Settings(
    {
      select: args.select,
      extendSelect: args["extend-select"],
      ignore: args.ignore,
      strategy: args.strategy,
      targetVersion: args["target-version"],
      config: args.config,
      exclude: args.exclude,
      extendExclude: args["extend-exclude"],
      evidence: args.evidence
    },
    rules
  );
}
function strategyOf(args, settings) {
  return (r) => args.strategy ?? settings.forFile(path9.resolve(r.path)).strategy;
}
function narrow(args, settings, list2) {
  const named = new Set(args.paths.map((p) => path9.resolve(p)));
  let out = list2.filter((t) => !settings.nestedExcluded(t.abs) || named.has(t.abs) && !args["force-exclude"]);
  if (args["changed-since"] !== void 0 && args["stdin-filename"] === void 0) {
    const changed = changedSince(args["changed-since"], process.cwd());
    out = out.filter((t) => changed.has(path9.join(realPath(path9.dirname(t.abs)), path9.basename(t.abs))));
  }
  for (const t of out) settings.forFile(t.abs);
  return out;
}
function normalizePaths(args, afterDashes) {
  const paths = [...(args.paths ?? []).map(String), ...afterDashes];
  if (paths.includes("-")) {
    if (paths.length > 1) throw new UsageError("'-' (standard input) cannot be combined with other paths");
    args["stdin-filename"] ??= "-";
    args.paths = [];
    return;
  }
  if (paths.length > 0 && args["stdin-filename"] !== void 0) {
    process.stderr.write(`popenlint: warning: --stdin-filename reads standard input; ignoring ${paths.join(" ")}
`);
  }
  args.paths = paths.length ? paths : ["."];
}
function bulkSuppress(args, settings, results) {
  applyBulkSuppressions(results, {
    location: args["suppressions-location"] ?? DEFAULT_SUPPRESSIONS_FILE,
    record: args["suppress-all"] ? "all" : args["suppress-rule"]?.length ? args["suppress-rule"].map((r) => r.toUpperCase()) : null,
    prune: !!args["prune-suppressions"],
    enabled: (abs) => settings.forFile(abs).engine.enabled,
    note: (m) => {
      if (!args.quiet) process.stderr.write(`${m}
`);
    }
  });
}
var FORMATS_WITHOUT_EDITS = /* @__PURE__ */ new Set(["text", "concise", "github", "gitlab"]);
function streamOf(args, settings, found) {
  if (args.format !== "text" && args.format !== "concise" || args.statistics || args["add-noqa"] || args["output-file"] !== void 0) return null;
  if (args["changed-first"] !== void 0 || (args.report?.length ?? 0) > 0 || found.results.length > 0) return null;
  if (args["suppress-all"] || args["suppress-rule"]?.length || args["prune-suppressions"] || suppressionsFileExists(args["suppressions-location"] ?? DEFAULT_SUPPRESSIONS_FILE)) return null;
  if (process.stdout.isTTY && progressWanted(process.stderr, process.env)) return null;
  found.targets.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return new TextStream(found.targets.length, args.format === "concise", useColor(args), args.quiet, strategyOf(args, settings), (text) => process.stdout.write(text));
}
async function runCheck(args) {
  parseReportSpecs(args.report);
  if (args["add-noqa"] && (args["suppress-all"] || args["suppress-rule"] || args["prune-suppressions"])) {
    throw new UsageError("--add-noqa writes comments into files; use it without --suppress-all, --suppress-rule and --prune-suppressions");
  }
  if (args["add-noqa"] && args["stdin-filename"] !== void 0) throw new UsageError("--add-noqa writes files; it cannot be used with --stdin-filename");
  const settings = settingsOf(args);
  const found = await targets({ paths: args.paths, stdinFilename: args["stdin-filename"], forceExclude: args["force-exclude"] }, settings);
  cacheFolderListings(found.targets.length >= LISTINGS_MIN_FILES);
  found.targets = narrow(args, settings, found.targets);
  const fixEdits = !FORMATS_WITHOUT_EDITS.has(args.format) || (args.report?.length ?? 0) > 0;
  const stream = streamOf(args, settings, found);
  const results = [...found.results, ...await lintTargets(found.targets, settings, { jobs: args.jobs, fixEdits, onResult: stream?.take })];
  if (stream) {
    const count2 = stream.finish();
    if (reportErrors(args, results) > 0) return EXIT_ERROR;
    return findingsExit(args, count2);
  }
  if (args["add-noqa"]) {
    const { addNoqa } = await import("./noqa-KFIZO2I5.js");
    const status = await addNoqa(results, found.targets, settings, { quiet: args.quiet });
    return args["exit-zero"] ? EXIT_CLEAN : status;
  }
  bulkSuppress(args, settings, results);
  const { text, count } = await render(args, results, strategyOf(args, settings));
  emit(args, text);
  if (reportErrors(args, results) > 0) return EXIT_ERROR;
  return findingsExit(args, count);
}
async function runFix(args) {
  parseReportSpecs(args.report);
  const settings = settingsOf(args);
  const found = await targets({ paths: args.paths, stdinFilename: args["stdin-filename"], forceExclude: args["force-exclude"] }, settings);
  if (found.passthrough) process.stdout.write(found.passthrough);
  found.targets = narrow(args, settings, found.targets);
  const results = [...found.results];
  let applied = 0;
  let unsafeAvailable = 0;
  let changedFiles = 0;
  const { fixTarget } = await import("./fix-2J6IQGQT.js");
  const progress = new Progress(found.targets.length);
  try {
    for (const t of found.targets) {
      const r = await fixTarget(t, settings, { strategy: args.strategy, unsafe: args["unsafe-fixes"], diff: args.diff });
      await progress.step();
      results.push(r.result);
      applied += r.applied;
      unsafeAvailable += r.unsafeAvailable;
      if (r.changed) changedFiles++;
      if (r.output !== null) process.stdout.write(r.output);
    }
  } finally {
    progress.stop();
  }
  if (args["stdin-filename"] === void 0) bulkSuppress(args, settings, results);
  const remaining = results.reduce((n, r) => n + r.findings.length + r.diagnostics.length, 0);
  if (args["stdin-filename"] === void 0) {
    if (!args.diff || remaining > 0) {
      const { text } = await render({ ...args, quiet: true }, results, strategyOf(args, settings));
      if (text.trim()) emit(args, text.endsWith("\n") ? text : `${text}
`, args.diff ? process.stderr : process.stdout);
    }
    if (!args.quiet) {
      const verb = args.diff ? "Would fix" : "Fixed";
      const lines = [`${verb} ${applied} finding${applied === 1 ? "" : "s"} in ${changedFiles} file${changedFiles === 1 ? "" : "s"} (${remaining} remaining).`];
      if (unsafeAvailable) lines.push(`${unsafeAvailable} more fix${unsafeAvailable === 1 ? "" : "es"} available with \`--unsafe-fixes\`.`);
      process.stderr.write(`${lines.join(" ")}
`);
    }
  }
  if (reportErrors(args, results) > 0) return EXIT_ERROR;
  if (args["exit-zero"]) return EXIT_CLEAN;
  if (args.diff && changedFiles > 0) return EXIT_FINDINGS;
  const left = tally(results.flatMap((r) => r.findings));
  return findingsExit(args, { errors: left.errors + results.reduce((n, r) => n + r.diagnostics.length, 0), warnings: left.warnings });
}
var stdoutGuarded = false;
function guardStdout() {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(typeof process.exitCode === "number" ? process.exitCode : EXIT_CLEAN);
  });
}
var VALUE_OPTIONS = /* @__PURE__ */ new Set(["--evidence", "--max-warnings", "--format", "--select", "--extend-select", "--ignore", "--exclude", "--extend-exclude", "--config", "--stdin-filename", "--strategy", "--target-version", "--output-file", "-o", "--changed-since", "--jobs", "-j", "--report", "--changed-first", "--suppressions-location", "--suppress-rule"]);
function fixOptions(y) {
  return y.option("unsafe-fixes", { type: "boolean", default: false, describe: "also apply fixes that change timing or API" }).option("diff", { type: "boolean", default: false, describe: "print a unified diff, write nothing" });
}
async function main(rawArgv) {
  guardStdout();
  process.getBuiltinModule("node:v8").setFlagsFromString("--semi-space-growth-factor=1");
  let exit = EXIT_CLEAN;
  const dashes = rawArgv.indexOf("--");
  const argv = dashes < 0 ? rawArgv : rawArgv.slice(0, dashes);
  const afterDashes = dashes < 0 ? [] : rawArgv.slice(dashes + 1);
  const stdinDash = argv.some((a, i) => a === "-" && !VALUE_OPTIONS.has(argv[i - 1] ?? ""));
  if (stdinDash) afterDashes.unshift("-");
  let debug = argv.includes("--debug");
  try {
    const quick = stdinDash ? null : quickCheckArgs(argv);
    if (quick) {
      normalizePaths(quick, afterDashes);
      return await runCheck(quick);
    }
    const { default: yargs } = await import("./yargs-KOSBYH5I.js");
    await yargs(argv).scriptName("popenlint").usage("$0 <command> [options]\n\nFinds subprocess output pipes that nobody drains, explains the failure, and fixes it.").command(
      "check [paths..]",
      "report undrained pipes (exit 0 clean, 1 findings, 2 error)",
      (y) => fixOptions(common(y)).option("fix", { type: "boolean", default: false, describe: "apply fixes, as `popenlint fix` does" }).option("suppress-all", { type: "boolean", default: false, describe: `record every current finding in the suppressions file (${DEFAULT_SUPPRESSIONS_FILE}); later runs report only new ones` }).option("suppress-rule", { type: "string", requiresArg: true, coerce: list, describe: "record the current findings of these rules only (repeatable)" }).option("prune-suppressions", { type: "boolean", default: false, describe: "remove recorded suppressions that no longer match a finding" }).option("add-noqa", { type: "boolean", default: false, describe: "add a suppression comment (# noqa: POP001) to every flagged line; changes no code" }),
      async (args) => {
        debug = args.debug;
        const a = args;
        normalizePaths(a, afterDashes);
        exit = a.fix || a.diff ? await runFix(a) : await runCheck(a);
      }
    ).command("fix [paths..]", "apply fixes (safe ones unless --unsafe-fixes)", (y) => fixOptions(common(y)), async (args) => {
      debug = args.debug;
      const a = args;
      normalizePaths(a, afterDashes);
      exit = await runFix(a);
    }).command("explain <rule>", "what a rule finds, why it breaks, how it is fixed", (y) => y.positional("rule", { type: "string", demandOption: true }), (args) => {
      if (!getRule(args.rule)) throw new UsageError(`unknown rule '${args.rule}'; see \`popenlint rules\``);
      process.stdout.write(explain(args.rule));
    }).command("rules", "list the rule catalogue", () => {
    }, () => {
      process.stdout.write(listRules(rules));
    }).command(
      "server",
      "run the language server (LSP over stdio) for editors",
      (y) => y.option("stdio", { type: "boolean", default: true, describe: "talk LSP on stdin/stdout (the only transport; accepted for clients that pass it)" }),
      async () => {
        const { startServer } = await import("./server-2PDWFRSO.js");
        startServer(version());
      }
    ).demandCommand(1, "name a command: check, fix, explain, rules or server").strict().wrap(argv.includes("--help") || argv.includes("-h") ? Math.min(100, process.stdout.columns ?? 80) : null).help().version(argv.includes("--version") || argv.includes("-V") ? version() : "unknown").alias("version", "V").fail((msg, err) => {
      throw err ?? new UsageError(msg);
    }).parseAsync();
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof GitError || e instanceof ReportError || e instanceof SuppressionsError) {
      process.stderr.write(`popenlint: error: ${e.message}
`);
      return EXIT_ERROR;
    }
    process.stderr.write(`popenlint: internal error: ${e.message}
`);
    if (debug) process.stderr.write(`${e.stack}
`);
    else process.stderr.write("Run again with --debug for a stack trace.\n");
    return EXIT_ERROR;
  }
  return exit;
}
export {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_FINDINGS,
  main,
  version
};
