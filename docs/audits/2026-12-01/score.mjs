#!/usr/bin/env node
// Score popenlint findings against the audit's ground truth.
//
//   node docs/audits/2026-12-01/score.mjs <repo-name> <popenlint-json-output-file>
//   node docs/audits/2026-12-01/score.mjs --all <dir>      (dir holds <repo-name>.json files; prints per repo + totals)
//
// Options: --gt <ground-truth.json> (default: next to this script)
//          --corpora <dir>          (default: /work/corpora; used to find each call's line span)
//          --quiet                  (summary lines only)
//
// Matching: same file (paths normalised: leading "./" and "<corpora>/<repo>/" removed), and the
// finding's line inside the call's line span (first line .. closing parenthesis, computed from the
// source), or on one of the site's related lines (e.g. the wait() that makes it a deadlock), or
// within +-3 lines of the span for multi-line calls (nearest site wins). Each finding is
// matched to at most one site; a site may be matched by several findings.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
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
const gtPath = opt('--gt', path.join(here, 'ground-truth.json'));
const corpora = opt('--corpora', '/work/corpora');
const quiet = flag('--quiet');
const all = flag('--all');

function usage(msg) {
  if (msg) console.error(msg);
  console.error('usage: node score.mjs <repo-name> <popenlint-json-output-file>\n       node score.mjs --all <dir-with-repo.json-files>');
  process.exit(2);
}

const groundTruth = JSON.parse(fs.readFileSync(gtPath, 'utf8'));

// ---- call span: from the site's line to the line of the parenthesis closing the call ----
const fileCache = new Map();
function sourceLines(repo, file) {
  const key = repo + '\0' + file;
  if (!fileCache.has(key)) {
    let text = null;
    try { text = fs.readFileSync(path.join(corpora, repo, file), 'utf8'); } catch { /* missing */ }
    fileCache.set(key, text === null ? null : text.split(/\r\n|\r|\n/));
  }
  return fileCache.get(key);
}

function callEndLine(lines, startLine, isPy) {
  // Scan from the first '(' on the start line to its matching ')', skipping string literals
  // and comments roughly (good enough for call expressions). Returns the 1-based end line.
  if (!lines || startLine < 1 || startLine > lines.length) return startLine;
  const callRe = /(popen[234]?|Popen|Popen23|Popen_forked|create_subprocess_(?:exec|shell)|spawn|exec|execFile|fork|Process|call|execa)\s*\(/;
  let first = lines[startLine - 1];
  let m = callRe.exec(first);
  let col = m ? m.index + m[0].length - 1 : first.indexOf('(');
  if (col < 0) return startLine;
  let depth = 0;
  let quote = null;
  for (let ln = startLine - 1; ln < lines.length && ln < startLine - 1 + 200; ln++) {
    const s = lines[ln];
    let i = ln === startLine - 1 ? col : 0;
    for (; i < s.length; i++) {
      const c = s[i];
      if (quote) {
        if (c === '\\') { i++; continue; }
        if (c === quote) quote = null;
        continue;
      }
      if (c === '"' || c === "'" || c === '`') { quote = c; continue; }
      if (c === '#' && isPy) break;
      if (!isPy && c === '/' && s[i + 1] === '/') break;
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0) return ln + 1;
      }
    }
    if (quote && quote !== '`') quote = null; // plain strings do not span lines
  }
  return startLine;
}

function sitesFor(repo) {
  const sites = groundTruth.filter((s) => s.repo === repo);
  for (const s of sites) {
    if (s.endLine === undefined) s.endLine = Math.max(s.line, callEndLine(sourceLines(repo, s.file), s.line, s.language === 'python'));
  }
  return sites;
}

function normPath(p, repo) {
  let q = String(p).replace(/\\/g, '/');
  const abs = path.posix.join(corpora, repo) + '/';
  if (q.startsWith(abs)) q = q.slice(abs.length);
  while (q.startsWith('./')) q = q.slice(2);
  return q;
}

function matchFinding(f, sites, repo) {
  const file = normPath(f.path, repo);
  const line = Number(f.line);
  const cands = sites.filter((s) => s.file === file);
  if (!cands.length) return null;
  // 1. inside the span
  const inside = cands.filter((s) => line >= s.line && line <= s.endLine);
  if (inside.length) return inside.sort((a, b) => (a.endLine - a.line) - (b.endLine - b.line))[0];
  // 2. a related line (the wait()/read that makes the shape)
  const rel = cands.filter((s) => (s.related_lines || []).includes(line));
  if (rel.length) return rel[0];
  // 3. +-3 lines around the span of a multi-line call (or any call: the tool may anchor on
  //    the statement rather than the call), nearest first
  let best = null;
  let bestD = Infinity;
  for (const s of cands) {
    const d = line < s.line ? s.line - line : line - s.endLine;
    if (d <= 3 && d < bestD) { best = s; bestD = d; }
  }
  return best;
}

function loadFindings(file) {
  const raw = fs.readFileSync(file, 'utf8');
  let j;
  try { j = JSON.parse(raw); } catch {
    // tolerate leading noise before the JSON object
    const i = raw.indexOf('{');
    j = JSON.parse(raw.slice(i));
  }
  return Array.isArray(j) ? j : (j.findings || []);
}

function scoreRepo(repo, findingsFile) {
  const sites = sitesFor(repo);
  if (!sites.length) usage(`no ground-truth sites for repo "${repo}" in ${gtPath}`);
  const findings = loadFindings(findingsFile);
  const toReal = [];
  const toNot = [];
  const unmatched = [];
  const hit = new Map();
  for (const f of findings) {
    const s = matchFinding(f, sites, repo);
    if (!s) { unmatched.push(f); continue; }
    hit.set(s, (hit.get(s) || 0) + 1);
    (s.verdict === 'real' ? toReal : toNot).push([f, s]);
  }
  const realSites = sites.filter((s) => s.verdict === 'real');
  const missed = realSites.filter((s) => !hit.has(s));
  const r = {
    repo, sites: sites.length, realSites: realSites.length, findings: findings.length,
    matchedReal: toReal.length, matchedNot: toNot.length, unmatched: unmatched.length,
    realSitesFound: realSites.length - missed.length, missed: missed.length,
  };
  if (!quiet) {
    const fl = (f) => `${normPath(f.path, repo)}:${f.line}:${f.column ?? ''} ${f.rule ?? ''} ${String(f.message ?? '').slice(0, 110)}`;
    const sl = (s) => `${s.file}:${s.line}${s.endLine > s.line ? '-' + s.endLine : ''} [${s.shape}] ${s.command}`;
    console.log(`== ${repo}: ${findings.length} findings, ${sites.length} ground-truth sites (${realSites.length} real)`);
    console.log(`-- findings matched to REAL sites (${toReal.length})`);
    for (const [f, s] of toReal) console.log(`   ${fl(f)}\n      -> ${sl(s)}`);
    console.log(`-- findings matched to NOT sites = false positives (${toNot.length})`);
    for (const [f, s] of toNot) console.log(`   ${fl(f)}\n      -> ${sl(s)}\n         why not: ${s.reason}`);
    console.log(`-- findings matching no site: need a verdict (${unmatched.length})`);
    for (const f of unmatched) console.log(`   ${fl(f)}`);
    console.log(`-- real sites with no finding = misses (${missed.length})`);
    for (const s of missed) console.log(`   ${sl(s)}\n         why real: ${s.reason}`);
  }
  printSummary(r);
  return r;
}

const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + '%' : 'n/a');
function printSummary(r) {
  const judged = r.matchedReal + r.matchedNot;
  console.log(`${r.repo}: findings ${r.findings} | real ${r.matchedReal} | false-positive ${r.matchedNot} | unjudged ${r.unmatched}`
    + ` | hazard precision ${pct(r.matchedReal, judged)} of judged`
    + (r.unmatched ? ` (${pct(r.matchedReal, r.findings)} if every unjudged finding is false, ${pct(r.matchedReal + r.unmatched, r.findings)} if every one is real)` : '')
    + ` | recall ${pct(r.realSitesFound, r.realSites)} (${r.realSitesFound}/${r.realSites} real sites)`);
}

if (all) {
  const dir = argv[0];
  if (!dir) usage();
  const repos = [...new Set(groundTruth.map((s) => s.repo))].sort();
  const tot = { repo: 'TOTAL', sites: 0, realSites: 0, findings: 0, matchedReal: 0, matchedNot: 0, unmatched: 0, realSitesFound: 0, missed: 0 };
  const missingOutput = [];
  for (const repo of repos) {
    const f = path.join(dir, repo + '.json');
    if (!fs.existsSync(f)) { missingOutput.push(repo); continue; }
    const r = scoreRepo(repo, f);
    for (const k of Object.keys(tot)) if (k !== 'repo') tot[k] += r[k];
  }
  console.log('==========');
  printSummary(tot);
  if (missingOutput.length) console.log(`no output file for: ${missingOutput.join(', ')} (their ${groundTruth.filter((s) => missingOutput.includes(s.repo) && s.verdict === 'real').length} real sites are not counted above)`);
} else {
  if (argv.length !== 2) usage();
  scoreRepo(argv[0], argv[1]);
}
