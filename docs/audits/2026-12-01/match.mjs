// The matcher shared by score.mjs and ../2026-12-01-second/shapes.mjs: a finding is matched to
// a ground-truth site in the same file when its line is inside the call's span (first line ..
// closing parenthesis, computed from the source), on one of the site's related lines, or within
// +-3 lines of the span (nearest site wins).

import fs from 'node:fs';
import path from 'node:path';

export function createMatcher(groundTruth, corpora) {
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

  return { sourceLines, callEndLine, sitesFor, normPath, matchFinding, loadFindings };
}
