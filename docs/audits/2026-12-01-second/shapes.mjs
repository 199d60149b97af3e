#!/usr/bin/env node
// Count popenlint findings per shape of issue 12 (Python) and issue 13 (JS/TS), and how many of
// them matched a ground-truth site judged "real" / "not", or matched none (unjudged).
//
//   node shapes.mjs --gt <ground-truth.json> --corpora <dir> <outputs-dir> [--list]
//
// <outputs-dir> holds <repo>.json files, each the output of `popenlint check --format json`.
// Matching a finding to a site is docs/audits/2026-12-01/match.mjs, shared with score.mjs (same
// file, line inside the call's span, or on a related line, or within +-3 lines; nearest site wins).
//
// Shapes come from the rule id and the message text (see rules/*.ts), refined by
// the source line of the finding (read from <corpora>/<repo>/<path>) for the shapes the message
// does not name (issue 12: 7, 8, 9; issue 13: 3, 4, 5, 6 let-reused). A finding may carry more
// than one shape (e.g. 12.8 + 12.1); each shape row counts it, the TOTAL row counts it once.
// Findings of no issue-12/13 shape are counted under "other" rows (pre-existing rule shapes).

import fs from 'node:fs';
import path from 'node:path';
import { createMatcher } from '../2026-12-01/match.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  if (i < 0) return dflt;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const flag = (name) => {
  const i = argv.indexOf(name);
  if (i < 0) return false;
  argv.splice(i, 1);
  return true;
};
const gtPath = opt('--gt', null);
const corpora = opt('--corpora', 'corpora');
const list = flag('--list');
const outDir = argv[0];
if (!gtPath || !outDir) {
  console.error('usage: node shapes.mjs --gt <ground-truth.json> --corpora <dir> <outputs-dir> [--list]');
  process.exit(2);
}
const groundTruth = JSON.parse(fs.readFileSync(gtPath, 'utf8'));


const { sourceLines, sitesFor, normPath, matchFinding, loadFindings } = createMatcher(groundTruth, corpora);

// ---------------- shapes ----------------
const SHAPES = [
  ['12.1', 'wait()/poll loop before the first drain (POP005)'],
  ['12.2', 'one pipe read to its end, the other never (POP005)'],
  ['12.3', 'partial read then wait() (POP005)'],
  ['12.3b', 'partial read, then left (POP005, no wait)'],
  ['12.4', 'asyncio (POP007)'],
  ['12.5', 'pipe on an attribute never read in the module (POP005)'],
  ['12.6', 'project wrapper returns the handle (POP001/POP005 "returned by f() (...)")'],
  ['12.7', 'name rebound to another Popen in the same function (source heuristic)'],
  ['12.8', 'subprocess/os reached by a project star import (source heuristic)'],
  ['12.9', 'small shapes: .read w/o call, list comp, Thread(target=os.popen), popen2 tuple, del p'],
  ['12.10', 'child inherits descriptors (POP006)'],
  ['12.x-never', 'other: POP005 pipe never read (dropped / bound, unused)'],
  ['12.x-closed', 'other: POP005 pipe closed unread / with-block ends'],
  ['12.x-popen', 'other: POP001/POP002/POP003/POP004/POP008 (pre-existing os.popen shapes)'],
  ['13.1', 'stderr never read while stdout is read / not piped (POP102)'],
  ['13.2', 'child returned by a local helper, dropped by the caller (POP102 "the child being returned by")'],
  ['13.3', 'child stored on this / object / array / Map / Set (source heuristic)'],
  ['13.4', 'waited with once(child, exit) / new Promise(on close) (source heuristic)'],
  ['13.5', 'destructured const { stdout, ... } = spawn() (source heuristic)'],
  ['13.6', 'bindings: drain under an if (message) / let reused (source heuristic)'],
  ['13.7', 'options changed after declaration (never a finding by design)'],
  ['13.8', 'output read only after exit (POP102)'],
  ['13.9', 'project wrapper across modules (POP102 "returns the child spawned at")'],
  ['13.x-never', 'other: POP102 never read (plain)'],
  ['13.x-exec', 'other: POP101/POP103/POP104'],
  ['?', 'unmapped'],
];

function srcLine(repo, f) {
  const lines = sourceLines(repo, normPath(f.path, repo));
  return { lines, text: lines && lines[f.line - 1] !== undefined ? lines[f.line - 1] : '' };
}

const indentOf = (l) => /^[ \t]*/.exec(l)[0].replace(/\t/g, '        ').length;
/** The lines of the innermost Python `def` around line index i (the whole file at module level). */
function enclosingFunction(lines, i) {
  let ind = indentOf(lines[i]);
  for (let k = i - 1; k >= 0; k--) {
    const l = lines[k];
    if (!l.trim() || /^\s*#/.test(l)) continue;
    const d = indentOf(l);
    if (d < ind) {
      if (/^\s*(async\s+)?def\s/.test(l)) {
        let e = k + 1;
        for (; e < lines.length; e++) if (lines[e].trim() && !/^\s*#/.test(lines[e]) && indentOf(lines[e]) <= d) break;
        return lines.slice(k, e);
      }
      ind = d;
    }
  }
  return lines;
}

function pythonShapes(f, repo) {
  const m = String(f.message || '');
  const out = new Set();
  const { lines, text } = srcLine(repo, f);
  const all = lines ? lines.join('\n') : '';
  if (f.rule === 'POP007') out.add('12.4');
  else if (f.rule === 'POP006') out.add('12.10');
  else if (f.rule === 'POP005') {
    if (/ returned by [\w.]+\(\) \(/.test(m)) out.add('12.6');
    if (/stored in `[^`]*` is never read in this module/.test(m)) out.add('12.5');
    else if (/is not read before (wait\(\)|the poll loop)/.test(m)) out.add('12.1');
    else if (/is not read while (stdout|stderr|the other) is read to its end/.test(m)) out.add('12.2');
    else if (/only partly read before/.test(m)) out.add('12.3');
    else if (/only partly read, then left/.test(m)) out.add('12.3b');
    else if (/is closed before it is read|with-block ends/.test(m)) out.add('12.x-closed');
    else if (/is never read/.test(m)) {
      const name = (/^\s*([A-Za-z_]\w*)\s*=\s*[^=]/.exec(text) || [])[1];
      if (name && new RegExp(`^\\s*del\\s+([^#\\n]*\\b)?${name}\\b`, 'm').test(all)) out.add('12.9');
      else out.add('12.x-never');
    }
    // 12.7: the name the finding's line binds is bound to another Popen elsewhere in the file.
    // Only within the enclosing function (or module level), as the issue's shape says.
    const bound = (/^\s*([A-Za-z_][\w.]*)\s*=\s*[\w.]*Popen\s*\(/.exec(text) || [])[1];
    if (bound && lines) {
      const body = enclosingFunction(lines, f.line - 1).join('\n');
      const re = new RegExp(`^\\s*${bound.replace(/\./g, '\\.')}\\s*=\\s*[\\w.]*Popen\\s*\\(`, 'gm');
      if ((body.match(re) || []).length > 1) out.add('12.7');
    }
  } else if (f.rule === 'POP004') {
    if (/unpacked into/.test(m)) out.add('12.9');
    else out.add('12.x-popen');
  } else if (f.rule === 'POP001') {
    if (/ returned by [\w.]+\(\) \(/.test(m)) out.add('12.6');
    else if (/popen\s*\([^()]*(\([^()]*\))*[^()]*\)\s*\.read\b(?!\s*\()/.test(text) || /^\s*\[.*\bpopen\s*\(.*\bfor\b/.test(text) || /Thread\s*\(.*target\s*=\s*[\w.]*popen\b/.test(text)) out.add('12.9');
    else out.add('12.x-popen');
  } else if (/^POP00[238]$/.test(f.rule)) out.add('12.x-popen');
  // 12.8: the file gets subprocess/os only through a star import of another (project) module.
  if (/^POP00[1-7]$/.test(f.rule) && lines) {
    const star = [...all.matchAll(/^\s*from\s+([\w.]+)\s+import\s+\*/gm)].map((x) => x[1]).filter((x) => !/^(os|subprocess|asyncio|popen2|platform|commands)$/.test(x));
    const direct = f.rule === 'POP005' || f.rule === 'POP006' ? /^\s*(import\s+[^\n]*\bsubprocess\b|from\s+subprocess\s+import)/m : /^\s*(import\s+[^\n]*\bos\b|from\s+os\s+import)/m;
    if (star.length && !direct.test(all)) out.add('12.8');
  }
  if (!out.size) out.add('?');
  return out;
}

function jsShapes(f, repo) {
  const m = String(f.message || '');
  const out = new Set();
  if (/^POP10[134]$/.test(f.rule)) { out.add('13.x-exec'); return out; }
  if (f.rule !== 'POP102') { out.add('?'); return out; }
  const { lines, text } = srcLine(repo, f);
  const all = lines ? lines.join('\n') : '';
  if (/returns the child spawned at/.test(m)) out.add('13.9');
  if (/the child being returned by/.test(m)) out.add('13.2');
  if (/read only after the child exits/.test(m)) out.add('13.8');
  if (/read only when `/.test(m)) out.add('13.6');
  // 13.1: stderr never read, stdout not reported as never read.
  const head = m.split(' (')[0];
  if (/stderr (is|are) never read|and stderr is never read/.test(head) && !/stdout (and stderr )?(is|are) never read/.test(head)) out.add('13.1');
  // Source heuristics on the call's line (the finding's line is the spawn call's).
  if (/\bthis\.\w+\s*=(?!=)|\.(push|set|add|unshift)\s*\(|[{,]\s*\w+\s*:\s*[\w.]*(spawn|fork)\s*\(/.test(text)) out.add('13.3');
  else if (/^\s*[\w$]+\.[\w$.]+\s*=(?!=)/.test(text)) out.add('13.3');
  if (/\b(const|let|var)\s*\{[^}]*\}\s*=\s*(await\s+)?[\w.$]*(spawn|fork)\s*\(/.test(text)) out.add('13.5');
  const bound = (/\b(?:const|let|var)?\s*([\w$]+)\s*=\s*(?:await\s+)?[\w.$]*(?:spawn|fork)\s*\(/.exec(text) || [])[1];
  if (bound) {
    if (new RegExp(`\\bonce\\(\\s*${bound.replace(/\$/g, '\\$')}\\s*,\\s*['"](exit|close)['"]`).test(all)
      || new RegExp(`new Promise\\([^]*?${bound.replace(/\$/g, '\\$')}\\.on\\(\\s*['"](exit|close)['"]`).test(all)) out.add('13.4');
    if (/^\s*let\s|^\s*[\w$]+\s*=/.test(text)) {
      const re = new RegExp(`(^|[^\\w$.])${bound.replace(/\$/g, '\\$')}\\s*=\\s*(await\\s+)?[\\w.$]*(spawn|fork)\\s*\\(`, 'g');
      if ((all.match(re) || []).length > 1) out.add('13.6');
    }
  }
  if (!out.size) out.add('13.x-never');
  return out;
}

const isPy = (f) => /^POP00\d$/.test(f.rule) || /\.py$/.test(f.path);

// ---------------- run ----------------
const rows = new Map(SHAPES.map(([k]) => [k, { findings: 0, real: 0, not: 0, unjudged: 0, items: [] }]));
const total = { py: { findings: 0, real: 0, not: 0, unjudged: 0 }, js: { findings: 0, real: 0, not: 0, unjudged: 0 } };
const files = fs.readdirSync(outDir).filter((f) => f.endsWith('.json')).sort();
let noGt = [];
for (const file of files) {
  const repo = file.replace(/\.json$/, '');
  let findings;
  try { findings = loadFindings(path.join(outDir, file)); } catch (e) { console.error(`skipped ${file}: ${e.message}`); continue; }
  const sites = sitesFor(repo);
  if (!sites.length && findings.length) noGt.push(repo);
  for (const f of findings) {
    const s = matchFinding(f, sites, repo);
    const v = !s ? 'unjudged' : s.verdict === 'real' ? 'real' : 'not';
    const py = isPy(f);
    const shapes = py ? pythonShapes(f, repo) : jsShapes(f, repo);
    const t = total[py ? 'py' : 'js'];
    t.findings++; t[v]++;
    for (const k of shapes) {
      const r = rows.get(k);
      r.findings++; r[v]++;
      r.items.push(`${repo}/${normPath(f.path, repo)}:${f.line} ${f.rule} [${v}${s ? ': ' + s.shape : ''}] ${String(f.message).slice(0, 120)}`);
    }
  }
}

const pad = (s, n) => String(s).padEnd(n);
const padl = (s, n) => String(s).padStart(n);
console.log(`outputs: ${outDir} (${files.length} files) | ground truth: ${gtPath} | corpora: ${corpora}`);
console.log('A finding may carry several shapes; the TOTAL rows count each finding once.\n');
for (const [issue, prefix, key] of [['Issue 12 (Python)', '12.', 'py'], ['Issue 13 (JS/TS)', '13.', 'js']]) {
  console.log(`${issue}`);
  console.log(`${pad('shape', 12)} ${padl('findings', 8)} ${padl('real', 5)} ${padl('not', 5)} ${padl('unjudged', 8)}  description`);
  for (const [k, d] of SHAPES) {
    if (!k.startsWith(prefix)) continue;
    const r = rows.get(k);
    console.log(`${pad(k, 12)} ${padl(r.findings, 8)} ${padl(r.real, 5)} ${padl(r.not, 5)} ${padl(r.unjudged, 8)}  ${d}`);
  }
  const t = total[key];
  console.log(`${pad('TOTAL', 12)} ${padl(t.findings, 8)} ${padl(t.real, 5)} ${padl(t.not, 5)} ${padl(t.unjudged, 8)}\n`);
}
const u = rows.get('?');
if (u.findings) console.log(`unmapped: ${u.findings}`);
if (noGt.length) console.log(`repositories with findings but no ground-truth site (all unjudged): ${noGt.join(', ')}`);
if (list) {
  console.log('\nFindings per shape:');
  for (const [k, d] of SHAPES) {
    const r = rows.get(k);
    if (!r.items.length) continue;
    console.log(`-- ${k} ${d}`);
    for (const it of r.items) console.log(`   ${it}`);
  }
}
