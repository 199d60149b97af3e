import { countByFile, countByRule, repoPath } from './location.js';
/** Up to this many findings, every folder and file is shown open. */
export const OPEN_LIMIT = 200;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const STYLE = `
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
        card(report.summary.findings, 'findings', 'findings'),
        card(filesWithFindings, 'files with findings', 'files-with-findings'),
        card(report.summary.files, 'files checked', 'files'),
        card(report.fixable.safe, 'safe fixes (popenlint fix)', 'safe'),
        card(report.fixable.unsafe, 'unsafe fixes (--unsafe-fixes)', 'unsafe'),
        card(none, 'without a fix', 'none'),
    ].join('')}</section>`;
}
function ruleTable(report, rules) {
    const rows = countByRule(report.findings).map((r) => {
        const meta = rules.find((m) => m.id === r.rule);
        return `<tr><td class="rule">${esc(r.rule)}</td><td>${esc(r.name)}${meta ? `<br><span class="muted">${esc(meta.summary)}</span>` : ''}</td><td class="n">${r.count}</td><td class="n">${r.fixable}</td><td class="n">${r.unsafe}</td><td class="n">${r.count - r.fixable - r.unsafe}</td></tr>`;
    });
    return `<table><thead><tr><th>Rule</th><th>Name</th><th class="n">Findings</th><th class="n">Safe fix</th><th class="n">Unsafe fix</th><th class="n">No fix</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function excerptHtml(f) {
    if (!f.detail)
        return f.sourceLine !== null ? `<pre><span class="hit"><span class="ln">${f.start.line}</span>${esc(f.sourceLine)}</span></pre>` : '';
    const { line, lines } = f.detail.excerpt;
    const rows = lines.map((text, i) => {
        const n = line + i;
        const hit = n >= f.start.line && n <= f.end.line;
        return `<span${hit ? ' class="hit"' : ''}><span class="ln">${n}</span>${esc(text)}</span>`;
    });
    return `<pre class="code">${rows.join('')}</pre>`;
}
function diffHtml(f) {
    if (!f.fix)
        return '<p class="muted">No automatic fix: see <code>popenlint explain ' + esc(f.rule) + '</code>.</p>';
    const head = `<p>Fix (${esc(f.fix.applicability)}, strategy ${esc(f.fix.strategy)}): ${esc(f.fix.description)}${f.fix.applicability === 'unsafe' ? ' <span class="muted">(applied with <code>--unsafe-fixes</code>)</span>' : ''}</p>`;
    if (!f.detail?.diff)
        return head;
    const rows = [];
    for (const h of f.detail.diff) {
        const removed = h.lines.filter((l) => !l.startsWith('+')).length;
        const added = h.lines.filter((l) => !l.startsWith('-')).length;
        rows.push(`<span class="hunk">@@ -${h.oldStart},${removed} +${h.newStart},${added} @@</span>`);
        for (const l of h.lines)
            rows.push(`<span${l.startsWith('+') ? ' class="add"' : l.startsWith('-') ? ' class="del"' : ''}>${esc(l)}</span>`);
    }
    return `${head}<pre class="diff">${rows.join('')}</pre>`;
}
function findingHtml(f, id, where) {
    const loc = `${repoPath(where, f.path)}:${f.start.line}:${f.start.column}`;
    return `<div class="finding sev-${f.severity}" id="f${id}"><div><code>${esc(loc)}</code> <span class="rule">${esc(f.rule)}</span> <span class="muted">[${esc(f.name)}]</span></div><div>${esc(f.message)}</div>${excerptHtml(f)}${diffHtml(f)}</div>`;
}
function folderOf(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? '.' : p.slice(0, i);
}
function byFolder(report, where) {
    const folders = new Map();
    report.findings.forEach((f, id) => {
        const p = repoPath(where, f.path);
        const files = folders.get(folderOf(p)) ?? new Map();
        folders.set(folderOf(p), files);
        const list = files.get(p) ?? [];
        files.set(p, list);
        list.push({ f, id });
    });
    const out = [];
    // A large migration starts folded: the page stays quick to scroll, and a folder opens on click.
    const open = report.findings.length <= OPEN_LIMIT ? ' open' : '';
    for (const folder of [...folders.keys()].sort()) {
        const files = folders.get(folder);
        const count = [...files.values()].reduce((n, l) => n + l.length, 0);
        out.push(`<details class="folder"${open}><summary>${esc(folder === '.' ? './' : `${folder}/`)} — ${plural(count, 'finding')} in ${plural(files.size, 'file')}</summary>`);
        for (const file of [...files.keys()].sort()) {
            const list = files.get(file);
            out.push(`<details class="file"${open}><summary><code>${esc(file)}</code> — ${plural(list.length, 'finding')}</summary>${list.map((e) => findingHtml(e.f, e.id, where)).join('')}</details>`);
        }
        out.push('</details>');
    }
    return out.join('');
}
function byOwner(report, where, owners) {
    const groups = new Map();
    report.findings.forEach((f, id) => {
        const list = owners.of(repoPath(where, f.path));
        for (const owner of list.length ? list : ['(no owner)']) {
            const g = groups.get(owner) ?? [];
            groups.set(owner, g);
            g.push({ f, id });
        }
    });
    const names = [...groups.keys()].sort((a, b) => (a === '(no owner)' ? 1 : b === '(no owner)' ? -1 : a.localeCompare(b)));
    return names.map((owner) => {
        const list = groups.get(owner);
        const rows = list.map(({ f, id }) => `<tr><td><a href="#f${id}"><code>${esc(`${repoPath(where, f.path)}:${f.start.line}`)}</code></a></td><td class="rule">${esc(f.rule)}</td><td>${esc(f.message)}</td><td>${f.fix ? esc(f.fix.applicability) : 'none'}</td></tr>`);
        return `<details class="owner"><summary>${esc(owner)} — ${plural(list.length, 'finding')}</summary><table><thead><tr><th>Location</th><th>Rule</th><th>Message</th><th>Fix</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
    }).join('');
}
export function formatHtml(report, options) {
    const files = countByFile(report.findings, options);
    const title = report.summary.findings === 0 ? 'popenlint: no findings' : `popenlint: ${plural(report.summary.findings, 'finding')} in ${plural(files.length, 'file')}`;
    const body = [
        `<h1>${esc(title)}</h1>`,
        `<p class="muted">popenlint ${esc(options.version)} · ${esc(options.root)}</p>`,
        totals(report, files.length),
    ];
    if (report.summary.findings > 0) {
        body.push(`<nav><a href="#by-rule">By rule</a><a href="#by-folder">By folder</a>${options.owners ? '<a href="#by-owner">By owner</a>' : ''}</nav>`);
        body.push('<h2 id="by-rule">By rule</h2>', ruleTable(report, options.rules));
        if (options.owners)
            body.push(`<h2 id="by-owner">By owner <span class="muted">(${esc(options.owners.file)})</span></h2>`, byOwner(report, options, options.owners));
        body.push('<h2 id="by-folder">By folder</h2>', byFolder(report, options));
    }
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
        `<title>${esc(title)}</title>`,
        `<style>${STYLE}</style>`,
        '</head>',
        `<body>${body.join('\n')}</body>`,
        '</html>',
        '',
    ].join('\n');
}
