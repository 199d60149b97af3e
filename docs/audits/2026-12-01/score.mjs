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
import { createMatcher } from './match.mjs';

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

const { sitesFor, normPath, matchFinding, loadFindings } = createMatcher(groundTruth, corpora);

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
