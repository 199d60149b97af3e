import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  WriteError,
  writeDecoded
} from "./chunk-5LECA2ZQ.js";
import {
  Progress
} from "./chunk-CWHGEMEU.js";
import "./chunk-ONP572MN.js";
import {
  EncodingError,
  SourceText,
  decode,
  lintText,
  readTarget
} from "./chunk-OERRJ6W6.js";
import "./chunk-DX4X6SMG.js";
import "./chunk-4FRD6LAW.js";
import "./chunk-P5THIZUK.js";
import {
  parsePython,
  syntaxErrorCount
} from "./chunk-G2FR3DIH.js";
import "./chunk-JXRQURW6.js";
import "./chunk-76QLQ7V4.js";
import {
  applyEdits
} from "./chunk-MWCMMAC6.js";
import "./chunk-MYTUJWT6.js";

// src/fix/noqa.ts
function lineEnd(source, line) {
  let end = source.lineStarts[line + 1] ?? source.text.length;
  while (end > source.lineStarts[line] && (source.text[end - 1] === "\n" || source.text[end - 1] === "\r")) end--;
  return end;
}
function contentEnd(source, line) {
  const start = source.lineStarts[line];
  let end = lineEnd(source, line);
  while (end > start && (source.text[end - 1] === " " || source.text[end - 1] === "	")) end--;
  return end;
}
var PY_NOQA_CODES = /#\s*noqa:\s*([A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*)/i;
function byLine(placements) {
  const lines = /* @__PURE__ */ new Map();
  for (const p of placements) {
    const list = lines.get(p.line) ?? [];
    if (!list.includes(p.rule)) list.push(p.rule);
    lines.set(p.line, list);
  }
  for (const list of lines.values()) list.sort();
  return lines;
}
function release(tree) {
  tree.delete?.();
}
function pythonLines(source) {
  const tree = parsePython(source.text);
  const blocked = /* @__PURE__ */ new Set();
  const comments = /* @__PURE__ */ new Map();
  const stack = [tree.rootNode];
  while (stack.length) {
    const node = stack.pop();
    if (node.type === "comment") {
      comments.set(source.lineIndex(node.startIndex), { start: node.startIndex, text: node.text });
      continue;
    }
    if (node.type === "string" || node.type === "line_continuation" || node.type === "ERROR") {
      const first = source.lineIndex(node.startIndex);
      const last = source.lineIndex(Math.max(node.startIndex, node.endIndex - 1));
      for (let l = first; l < last; l++) blocked.add(l);
      if (node.type === "line_continuation" || node.type === "ERROR") blocked.add(last);
      if (node.type !== "ERROR") continue;
    }
    for (let i = node.childCount - 1; i >= 0; i--) stack.push(node.child(i));
  }
  release(tree);
  for (let line = 0; line < source.lineStarts.length; line++) {
    if (!comments.has(line) && /\\[ \t]*$/.test(source.lineText(line))) blocked.add(line);
  }
  return { blocked, comments };
}
function planPythonNoqa(source, findings) {
  const info = pythonLines(source);
  const placed = [];
  const skipped = [];
  const placements = [];
  for (const f of findings) {
    const candidates = [.../* @__PURE__ */ new Set([f.range.start.line - 1, f.range.end.line - 1])];
    const line = candidates.find((l) => !info.blocked.has(l));
    if (line === void 0) {
      skipped.push({ finding: f, reason: "every line of the finding ends inside a string or a backslash continuation" });
      continue;
    }
    placements.push({ line, rule: f.rule });
    placed.push(f);
  }
  const edits = [];
  for (const [line, rules] of byLine(placements)) {
    const comment = info.comments.get(line);
    const codes = comment ? PY_NOQA_CODES.exec(comment.text) : null;
    if (comment && codes) {
      const have = codes[1].split(/\s*,\s*/).map((c) => c.toUpperCase());
      const merged = [...have, ...rules.filter((r) => !have.includes(r))];
      const start = comment.start + codes.index + codes[0].length - codes[1].length;
      edits.push({ start, end: start + codes[1].length, content: merged.join(", ") });
    } else {
      edits.push({ start: contentEnd(source, line), end: lineEnd(source, line), content: `  # noqa: ${rules.join(", ")}` });
    }
  }
  return { edits, placed, skipped };
}
async function planJsNoqa(path, source, findings) {
  const { loadTs } = await import("./load-XRX7W7QG.js");
  const { parseJs } = await import("./parse-OGQDCXGH.js");
  const ts = loadTs();
  const sf = parseJs(path, source.text);
  const innermost = (offset) => {
    let node = sf;
    for (; ; ) {
      const child = node.getChildren(sf).find((c) => c.getStart(sf) <= offset && offset < c.end);
      if (!child) return node;
      node = child;
    }
  };
  const jsx = /* @__PURE__ */ new Set([ts.SyntaxKind.JsxText, ts.SyntaxKind.JsxElement, ts.SyntaxKind.JsxFragment, ts.SyntaxKind.SyntaxList]);
  const commentable = (offset) => {
    const node = innermost(offset);
    if (node === sf) return true;
    if (node.kind === ts.SyntaxKind.SyntaxList) {
      const parent = node.parent;
      return !(parent && (parent.kind === ts.SyntaxKind.JsxElement || parent.kind === ts.SyntaxKind.JsxFragment));
    }
    if (jsx.has(node.kind)) return false;
    return node.getChildCount(sf) > 0 || node.getStart(sf) >= offset;
  };
  const placed = [];
  const skipped = [];
  const endOf = [];
  const above = [];
  const lineComment = (line) => {
    const text = source.lineText(line);
    const start = source.lineStarts[line];
    for (let i = text.indexOf("//"); i >= 0; i = text.indexOf("//", i + 2)) {
      if (commentable(start + i)) return { at: start + i, text: text.slice(i) };
    }
    return null;
  };
  for (const f of findings) {
    const first = f.range.start.line - 1;
    const last = f.range.end.line - 1;
    const line = [.../* @__PURE__ */ new Set([first, last])].find((l) => commentable(lineEnd(source, l)) && !/\/\/(?!\s*popenlint-disable-line\b)/.test(lineComment(l)?.text ?? ""));
    if (line !== void 0) {
      endOf.push({ line, rule: f.rule });
      placed.push(f);
      continue;
    }
    const at = source.lineStarts[first];
    if (commentable(at === 0 ? 0 : at - 1) && commentable(at)) {
      above.push({ line: first, rule: f.rule });
      placed.push(f);
    } else {
      skipped.push({ finding: f, reason: "the finding starts inside a template literal or JSX text" });
    }
  }
  const edits = [];
  for (const [line, rules] of byLine(endOf)) {
    const existing = lineComment(line);
    const m = existing && /^(\/\/\s*popenlint-disable-line\b)([^\n]*?)(\s*--.*)?$/.exec(existing.text);
    if (existing && m) {
      const have = m[2].split(/[\s,]+/).filter(Boolean).map((r) => r.toUpperCase());
      edits.push({ start: existing.at + m[1].length, end: existing.at + m[1].length + m[2].length, content: ` ${[...have, ...rules.filter((r) => !have.includes(r))].join(", ")}` });
    } else {
      edits.push({ start: contentEnd(source, line), end: lineEnd(source, line), content: ` // popenlint-disable-line ${rules.join(", ")}` });
    }
  }
  for (const [line, rules] of byLine(above)) {
    const prev = line > 0 ? /^(\s*\/\/\s*popenlint-disable-next-line\b)([^\n]*?)(\s*--.*)?$/.exec(source.lineText(line - 1)) : null;
    if (prev) {
      const have = prev[2].split(/[\s,]+/).filter(Boolean).map((r) => r.toUpperCase());
      const start = source.lineStarts[line - 1] + prev[1].length;
      edits.push({ start, end: start + prev[2].length, content: ` ${[...have, ...rules.filter((r) => !have.includes(r))].join(", ")}` });
    } else {
      const indent = /^[ \t]*/.exec(source.lineText(line))[0];
      edits.push({ start: source.lineStarts[line], end: source.lineStarts[line], content: `${indent}// popenlint-disable-next-line ${rules.join(", ")}${source.newline}` });
    }
  }
  return { edits, placed, skipped };
}
async function planNoqa(path, source, language, findings) {
  return language === "python" ? planPythonNoqa(source, findings) : planJsNoqa(path, source, findings);
}
async function codeWithoutComments(path, text, language) {
  if (language === "python") {
    const tree = parsePython(text);
    const cuts = [];
    const stack = [tree.rootNode];
    while (stack.length) {
      const node = stack.pop();
      if (node.type === "comment") cuts.push([node.startIndex, text[node.endIndex - 1] === "\r" ? node.endIndex - 1 : node.endIndex]);
      else for (let i = 0; i < node.childCount; i++) stack.push(node.child(i));
    }
    const syntaxErrors = syntaxErrorCount(tree);
    release(tree);
    cuts.sort((a, b) => b[0] - a[0]);
    let out = text;
    for (const [s, e] of cuts) out = out.slice(0, s) + out.slice(e);
    return { code: out.replace(/[ \t]+(?=\r?\n|\r|$)/g, ""), syntaxErrors };
  }
  const { loadTs } = await import("./load-XRX7W7QG.js");
  const { parseJs, syntaxErrorCount: syntaxErrorCount2 } = await import("./parse-OGQDCXGH.js");
  const ts = loadTs();
  const sf = parseJs(path, text);
  return { code: ts.createPrinter({ removeComments: true }).printFile(sf), syntaxErrors: syntaxErrorCount2(sf) };
}

// src/cli/noqa.ts
async function addNoqa(results, list, settings, options) {
  const byPath = new Map(list.map((t) => [t.path, t]));
  let added = 0;
  let files = 0;
  let failed = 0;
  const say = (line) => process.stderr.write(`${line}
`);
  const work = results.filter((r) => r.findings.length > 0 || r.diagnostics.length > 0);
  const progress = new Progress(work.length);
  try {
    for (const r of work) {
      await progress.step();
      if (r.diagnostics.length > 0) {
        for (const d of r.diagnostics) say(`${d.path}: ${d.code} ${d.message}`);
        failed += r.findings.length;
        continue;
      }
      const t = byPath.get(r.path);
      if (!t || t.stdin) {
        say(`${r.path}: --add-noqa writes files; it cannot add comments to standard input`);
        failed += r.findings.length;
        continue;
      }
      const outcome = await addToFile(t, r, settings);
      if (typeof outcome === "string") {
        say(`${r.path}: ${outcome}; left unchanged`);
        failed += r.findings.length;
        continue;
      }
      for (const s of outcome.skipped) say(`${r.path}:${s.finding.range.start.line}:${s.finding.range.start.column}: ${s.finding.rule} not suppressed: ${s.reason}`);
      failed += outcome.skipped.length;
      added += outcome.added;
      if (outcome.added > 0) files++;
    }
  } finally {
    progress.stop();
  }
  if (!options.quiet) say(`Added ${added} suppression comment${added === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}${failed ? `; ${failed} finding${failed === 1 ? "" : "s"} left without one` : ""}.`);
  return failed > 0 ? 1 : 0;
}
async function addToFile(t, r, settings) {
  const bytes = readTarget(t);
  if (!Buffer.isBuffer(bytes)) return bytes.error;
  let decoded;
  try {
    decoded = decode(bytes, t.language);
  } catch (e) {
    if (e instanceof EncodingError) return e.message;
    throw e;
  }
  if (r.source && decoded.text !== r.source.text) return "file changed on disk while it was linted";
  const source = new SourceText(decoded.text);
  const plan = await planNoqa(t.path, source, t.language, r.findings);
  if (plan.placed.length === 0) return { added: 0, skipped: plan.skipped };
  const text = applyEdits(decoded.text, plan.edits);
  const before = await codeWithoutComments(t.path, decoded.text, t.language);
  const after = await codeWithoutComments(t.path, text, t.language);
  if (after.syntaxErrors > before.syntaxErrors) return "a suppression comment would introduce a syntax error";
  if (after.code !== before.code) return "a suppression comment would change the code (a string or template spans the line)";
  const relint = await lintText(t.path, new SourceText(text), t.language, settings.forFile(t.abs).engine);
  if (relint.findings.length > r.findings.length - plan.placed.length) return "the suppression comments would not take effect";
  try {
    writeDecoded(t.abs, bytes, decoded, text, "changed");
  } catch (e) {
    if (e instanceof WriteError) return e.message;
    throw e;
  }
  return { added: plan.placed.length, skipped: plan.skipped };
}
export {
  addNoqa
};
