import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  SourceText,
  chooseFix,
  lintText
} from "./chunk-OERRJ6W6.js";
import {
  applyEdits,
  overlaps
} from "./chunk-MWCMMAC6.js";

// src/fix/apply.ts
function compatibleFixes(fixes) {
  const accepted = [];
  const edits = [];
  for (const fix of fixes) {
    if (fix.edits.some((e) => edits.some((a) => overlaps(a, e)))) continue;
    accepted.push(fix);
    edits.push(...fix.edits);
  }
  return accepted;
}
var MAX_PASSES = 10;
async function fixText(path, text, language, given, options) {
  const engine = { ...given, partialParse: "never" };
  let current = text;
  let lint = await lintText(path, new SourceText(current), language, engine);
  const seen = /* @__PURE__ */ new Map();
  const failures = () => [...seen.values()];
  const record = (errors) => {
    for (const e of errors) if (!seen.has(e.message)) seen.set(e.message, e);
  };
  record(lint.internalErrors);
  const baseline = lint.syntaxErrors;
  let applied = 0;
  for (let pass = 0; ; pass++) {
    const candidates = lint.findings.map((f) => chooseFix(f, options.strategy)).filter((f) => !!f && (f.applicability === "safe" || options.unsafe));
    const chosen = compatibleFixes(candidates);
    if (chosen.length === 0) break;
    if (pass === MAX_PASSES) return { text, applied: 0, unsafeAvailable: 0, remaining: lint.findings, error: "fixes did not converge; file left unchanged", internalErrors: failures() };
    const next = applyEdits(current, chosen.flatMap((f) => f.edits));
    if (next === current) break;
    const relint = await lintText(path, new SourceText(next), language, engine);
    record(relint.internalErrors);
    if (relint.syntaxErrors > baseline) {
      return { text, applied: 0, unsafeAvailable: 0, remaining: lint.findings, error: "a fix would introduce a syntax error; file left unchanged", internalErrors: failures() };
    }
    current = next;
    lint = relint;
    applied += chosen.length;
  }
  const unsafeAvailable = options.unsafe ? 0 : lint.findings.filter((f) => chooseFix(f, options.strategy)?.applicability === "unsafe").length;
  return { text: current, applied, unsafeAvailable, remaining: lint.findings, error: null, internalErrors: failures() };
}

export {
  fixText
};
