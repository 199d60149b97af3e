#!/usr/bin/env python3
"""Score popenlint findings against the ground truth of past audits (python3 stdlib only).

  score.py score --corpus /work/regress --out OUTDIR [--audits docs/audits] [--from N --to M]
      reads OUTDIR/<level>/<audit>/<name>.json (written by scoreall.sh), prints per audit and per
      language (python / js) at both levels, and writes OUTDIR/findings.tsv (one row per finding) and
      OUTDIR/score.txt; with --from/--to only audits N..M are printed (nothing is written).
  score.py --diff A.tsv B.tsv
      findings gained/lost and real sites gained/lost from tool version A to tool version B.
  score.py possible-only OUTDIR/findings.tsv EVIDENCE [js|python|all]
      real sites with a finding of that evidence at --evidence possible and none at default (TSV).
  score.py missed OUTDIR [js|python|all] [--corpus DIR] [--audits DIR]
      real sites of the repositories present with no finding at default (TSV, with the ground truth's
      shape, whether --evidence possible finds them, and the command), then a count per shape.

Matching (after docs/audits/2026-12-01/match.mjs): a finding matches a ground-truth site of the same
repository and file (path relative to the repo root) when its line is inside the site's call span (the
site's line to the line of the parenthesis closing the call), on one of the site's relatedLines, or
within 3 lines of the span (nearest wins; a tie goes to real, then unsure, then not). A finding with no
such site whose message says "returned by NAME() (defined in this module)" or "in NAME() (defined in
this module)" (a wrapper's caller) matches the sites inside function NAME in the same file (real first);
"(defined in utils.run)", a Python caller of another module's function, the sites inside NAME in the
file the import names (utils/run.py or utils/run/__init__.py, looked for from the caller's folder up).
Sites are judged real / not / unsure; findings with no site are "unjudged". Real-site recall counts
verdict "real" only, over the sites of the repositories present in the corpus (MANIFEST.tsv status ok).
"""
import json
import os
import re
import sys
from collections import defaultdict

LEVELS = ('default', 'possible')
TOL = 3
PY_EXT = ('.py', '.pyw', '.pyi')
JS_EXT = ('.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx')
ORDINALS = ['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
            'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
            'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third',
            'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth',
            'twenty-ninth', 'thirtieth', 'thirty-first', 'thirty-second', 'thirty-third',
            'thirty-fourth', 'thirty-fifth', 'thirty-sixth',
            'thirty-seventh', 'thirty-eighth', 'thirty-ninth', 'fortieth',
            'forty-first', 'forty-second', 'forty-third', 'forty-fourth',
            'forty-fifth', 'forty-sixth', 'forty-seventh', 'forty-eighth', 'forty-ninth', 'fiftieth']
WRAPPER_RE = re.compile(r'(?:returned by|in) ([A-Za-z_$][\w$]*)\(\) \(defined in this module\)')
# A Python caller of a function of another project module: "(defined in utils.run)", the module as imported.
IMPORTED_RE = re.compile(r'(?:returned by|in) ([A-Za-z_]\w*)\(\) \(defined in ([A-Za-z_][\w.]*)\)')


def audit_number(d):
    tail = d.split('-', 3)[3] if d.count('-') >= 3 else ''
    return ORDINALS.index(tail) + 3 if tail in ORDINALS else 0


def lang_of(s):
    s = (s or '').lower()
    return 'python' if s.startswith('py') else 'js'


def lang_of_file(path, site=None):
    if site is not None:
        return lang_of(site['language'])
    if path.endswith(JS_EXT):
        return 'js'
    return 'python'  # .py, or an extensionless script the tool parsed as Python


# ---------------------------------------------------------------- source spans
_src = {}


def source_lines(root, file):
    key = (root, file)
    if key not in _src:
        try:
            with open(os.path.join(root, file), encoding='utf-8', errors='replace') as f:
                _src[key] = re.split(r'\r\n|\r|\n', f.read())
        except OSError:
            _src[key] = None
    return _src[key]


CALL_RE = re.compile(r'(popen[234]?|Popen|Popen23|Popen_forked|create_subprocess_(?:exec|shell)|spawn|exec|'
                     r'execFile|fork|Process|call|execa)\s*\(')


def close_line(lines, start, col, is_py, opener_only=False):
    """1-based line of the bracket closing the one at (start, col); start is 1-based."""
    depth = 0
    quote = None
    for ln in range(start - 1, min(len(lines), start - 1 + 400)):
        s = lines[ln]
        i = col if ln == start - 1 else 0
        while i < len(s):
            c = s[i]
            if quote:
                if c == '\\':
                    i += 2
                    continue
                if c == quote:
                    quote = None
                i += 1
                continue
            if c in '"\'`':
                quote = c
            elif c == '#' and is_py:
                break
            elif not is_py and c == '/' and s[i + 1:i + 2] == '/':
                break
            elif c in '([{':
                depth += 1
            elif c in ')]}':
                depth -= 1
                if depth == 0:
                    return ln + 1
            i += 1
        if quote and quote != '`' and not (is_py and quote * 3 in s):
            quote = None
    return start


def call_end_line(lines, line, is_py):
    if not lines or line < 1 or line > len(lines):
        return line
    first = lines[line - 1]
    m = CALL_RE.search(first)
    col = m.end() - 1 if m else first.find('(')
    if col < 0:
        return line
    return close_line(lines, line, col, is_py)


def function_spans(lines, name, is_py):
    """(start, end) 1-based line spans of the definitions of function/method NAME."""
    spans = []
    if not lines:
        return spans
    n = re.escape(name)
    if is_py:
        pat = re.compile(r'^(\s*)(?:async\s+)?def\s+' + n + r'\s*\(')
        for i, s in enumerate(lines):
            m = pat.match(s)
            if not m:
                continue
            ind = len(m.group(1).expandtabs())
            end = len(lines)
            body = False
            for j in range(i + 1, len(lines)):
                t = lines[j]
                if not t.strip() or t.lstrip().startswith('#'):
                    continue
                if len(t) - len(t.lstrip()) <= ind and body:
                    end = j
                    break
                if len(t.expandtabs()) - len(t.expandtabs().lstrip()) > ind:
                    body = True
            spans.append((i + 1, end))
    else:
        pat = re.compile(r'(?:\bfunction\s*\*?\s*' + n + r'\s*[(<])|(?:(?<![\w$.])' + n +
                         r'\s*[:=]\s*(?:async\s*)?(?:function\b|\(|[\w$]+\s*=>))|(?:^\s*(?:(?:public|private|'
                         r'protected|static|async|override)\s+)*' + n + r'\s*[(<])')
        for i, s in enumerate(lines):
            if not pat.search(s):
                continue
            # the function body: the first '{' from here, to its closing brace
            for j in range(i, min(len(lines), i + 30)):
                k = lines[j].find('{')
                if k >= 0:
                    spans.append((i + 1, close_line(lines, j + 1, k, False)))
                    break
    return spans


# ---------------------------------------------------------------- ground truth
RANK = {'real': 0, 'unsure': 1, 'not': 2}


class Corpus:
    def __init__(self, corpus, audits):
        self.corpus = corpus
        self.repos = []  # (audit, name, full, status)
        with open(os.path.join(corpus, 'MANIFEST.tsv')) as f:
            for ln in f:
                p = ln.rstrip('\n').split('\t')
                if p[0] == 'audit':
                    continue
                self.repos.append((p[0], p[1], p[2], p[4]))
        self.present = {(a, n) for a, n, _, st in self.repos if st.startswith(('ok', 'HEAD'))}
        self.sites = defaultdict(list)  # (audit, name) -> sites
        self.all_real = defaultdict(lambda: defaultdict(int))  # audit -> lang -> real sites in the whole gt
        for a in sorted({r[0] for r in self.repos}):
            gpath = os.path.join(audits, a, 'ground-truth.json')
            if not os.path.exists(gpath):
                # An audit in the corpus before its files reach this tree (a running audit): its
                # findings count as unjudged; say so once rather than stop.
                print(f'score.py: {a}: no ground-truth.json in {audits}; its findings are unjudged', file=sys.stderr)
                continue
            gt = json.load(open(gpath))
            names = {}
            cpath = os.path.join(audits, a, 'commits.txt')
            for ln in open(cpath):
                p = ln.split()
                if p:
                    names[p[0]] = p[0]
                    names[p[1] if len(p) == 3 else p[0]] = p[0]
            for s in gt:
                name = names.get(s['repo'], s['repo'])
                # Some auditors write the file with the repository's folder in front (audit 38).
                if s['file'].startswith(name + '/') and not os.path.exists(os.path.join(corpus, a, name, s['file'])):
                    s['file'] = s['file'][len(name) + 1:]
                if s['verdict'] == 'real':
                    self.all_real[a][lang_of(s['language'])] += 1
                if (a, name) in self.present:
                    self.sites[(a, name)].append(s)
        for (a, name), sites in self.sites.items():
            root = os.path.join(corpus, a, name)
            for s in sites:
                s['_end'] = max(s['line'], call_end_line(source_lines(root, s['file']), s['line'],
                                                         lang_of(s['language']) == 'python'))
                s['_key'] = '%s:%d' % (s['file'], s['line'])

    def match(self, a, name, file, line, message):
        sites = [s for s in self.sites.get((a, name), []) if s['file'] == file]
        if not sites:
            return self.imported(a, name, file, message)
        inside = [s for s in sites if s['line'] <= line <= s['_end']]
        if inside:
            return min(inside, key=lambda s: (s['_end'] - s['line'], RANK.get(s['verdict'], 3))), 'span'
        rel = [s for s in sites if line in (s.get('relatedLines') or [])]
        if rel:
            return min(rel, key=lambda s: RANK.get(s['verdict'], 3)), 'related'
        best = None
        for s in sites:
            d = s['line'] - line if line < s['line'] else line - s['_end']
            if d <= TOL:
                k = (d, RANK.get(s['verdict'], 3))
                if best is None or k < best[0]:
                    best = (k, s)
        if best:
            return best[1], 'near'
        m = WRAPPER_RE.search(message or '')
        if m:
            root = os.path.join(self.corpus, a, name)
            is_py = file.endswith(PY_EXT) or not file.endswith(JS_EXT)
            spans = function_spans(source_lines(root, file), m.group(1), is_py)
            inside = [s for s in sites if any(b <= s['line'] <= e for b, e in spans)]
            if inside:
                return min(inside, key=lambda s: (RANK.get(s['verdict'], 3), s['line'])), 'wrapper'
        return self.imported(a, name, file, message)

    def imported(self, a, name, file, message):
        """A Python finding at a caller of a function of another module ("returned by NAME() (defined in
        utils.run)"): the sites inside function NAME of the module the import names, looked for as the
        tool resolves it, from the caller's folder up to the repository root (utils/run.py, else
        utils/run/__init__.py)."""
        m = IMPORTED_RE.search(message or '')
        if not m or not file.endswith(PY_EXT):
            return None, ''
        fn, module = m.group(1), m.group(2).split('.')
        root = os.path.join(self.corpus, a, name)
        folder = os.path.dirname(file)
        while True:
            for cand in (os.path.join(folder, *module) + '.py', os.path.join(folder, *module, '__init__.py')):
                if os.path.isfile(os.path.join(root, cand)):
                    cand = os.path.normpath(cand).replace(os.sep, '/')
                    sites = [s for s in self.sites.get((a, name), []) if s['file'] == cand]
                    spans = function_spans(source_lines(root, cand), fn, True)
                    inside = [s for s in sites if any(b <= s['line'] <= e for b, e in spans)]
                    if inside:
                        return min(inside, key=lambda s: (RANK.get(s['verdict'], 3), s['line'])), 'imported'
                    return None, ''
            if not folder:
                return None, ''
            folder = os.path.dirname(folder)


# ---------------------------------------------------------------- scoring
def rel_path(p, root):
    q = str(p).replace('\\', '/')
    r = root.rstrip('/') + '/'
    if q.startswith(r):
        q = q[len(r):]
    while q.startswith('./'):
        q = q[2:]
    return q


def load_findings(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        raw = f.read()
    if not raw.strip():
        return None
    try:
        j = json.loads(raw)
    except ValueError:
        j = json.loads(raw[raw.index('{'):])
    return j if isinstance(j, list) else j.get('findings', [])


def clean(s):
    return re.sub(r'\s+', ' ', str(s)).replace('\t', ' ')


def score(corpus_dir, out, audits, lo=0, hi=99, write=True):
    C = Corpus(corpus_dir, audits)
    only = os.path.join(out, 'repos.txt')
    if os.path.exists(only):  # score only the repositories this run covered
        keep = {tuple(ln.strip().split('/', 1)) for ln in open(only) if ln.strip()}
        C.present &= keep
        C.sites = defaultdict(list, {k: v for k, v in C.sites.items() if k in keep})
    rows = []
    missing_out = []
    for level in LEVELS:
        for a, name in sorted(C.present):
            fp = os.path.join(out, level, a, name + '.json')
            if not os.path.exists(fp):
                missing_out.append((level, a, name))
                continue
            try:
                fs = load_findings(fp)
            except ValueError:
                fs = None
            if fs is None:
                missing_out.append((level, a, name))
                continue
            root = os.path.join(corpus_dir, a, name)
            for f in fs:
                file = rel_path(f.get('path', ''), root)
                line = int(f.get('line') or 0)
                site, how = C.match(a, name, file, line, f.get('message', ''))
                rows.append({
                    'level': level, 'audit': a, 'repo': name, 'file': file, 'line': line,
                    'rule': f.get('rule', ''), 'evidence': f.get('evidence', ''),
                    'verdict': site['verdict'] if site else 'unjudged',
                    'site': site['_key'] if site else '', 'how': how,
                    'lang': lang_of_file(file, site),
                    'message': clean(f.get('message', ''))[:160],
                })
    if not write:
        rows = [r for r in rows if lo <= audit_number(r['audit']) <= hi]
    cols = ['level', 'audit', 'repo', 'file', 'line', 'rule', 'evidence', 'verdict', 'site', 'how', 'lang',
            'message']
    if write:
        with open(os.path.join(out, 'findings.tsv'), 'w') as f:
            f.write('\t'.join(cols) + '\n')
            for r in rows:
                f.write('\t'.join(str(r[c]) for c in cols) + '\n')

    real = defaultdict(set)  # (audit, lang) -> real site keys present in the corpus
    for (a, name), sites in C.sites.items():
        for s in sites:
            if s['verdict'] == 'real':
                real[(a, lang_of(s['language']))].add((name, s['_key']))
    report = []
    pr = report.append
    audits_sorted = [a for a in sorted({a for a, _ in C.present}, key=audit_number) if lo <= audit_number(a) <= hi]
    if (lo, hi) != (0, 99):
        pr('(audits %d-%d only)' % (lo, hi))
    for level in LEVELS:
        pr('')
        pr('== level: %s ==' % level)
        pr('%-4s %-6s %8s %6s %6s %6s %8s %13s %s' % ('aud', 'lang', 'findings', 'real', 'not', 'unsure',
                                                       'unjudged', 'real found', '(real in whole gt)'))
        tot = defaultdict(lambda: [0, 0, 0, 0, 0, set(), 0, 0])
        for a in audits_sorted:
            for lang in ('python', 'js'):
                fr = [r for r in rows if r['level'] == level and r['audit'] == a and r['lang'] == lang]
                rs = real[(a, lang)]
                found = {(r['repo'], r['site']) for r in fr if r['verdict'] == 'real'}
                if not fr and not rs:
                    continue
                c = [len(fr), sum(r['verdict'] == 'real' for r in fr), sum(r['verdict'] == 'not' for r in fr),
                     sum(r['verdict'] == 'unsure' for r in fr), sum(r['verdict'] == 'unjudged' for r in fr)]
                pr('%-4d %-6s %8d %6d %6d %6d %8d %6d / %-5d (%d)' % (
                    audit_number(a), lang, *c, len(found & rs), len(rs), C.all_real[a][lang]))
                for t in (lang, 'all'):
                    T = tot[t]
                    for i in range(5):
                        T[i] += c[i]
                    T[5] |= {(a,) + x for x in found & rs}
                    T[6] += len(rs)
                    T[7] += C.all_real[a][lang]
        for t in ('python', 'js', 'all'):
            T = tot[t]
            pr('%-4s %-6s %8d %6d %6d %6d %8d %6d / %-5d (%d)' % ('TOT', t, T[0], T[1], T[2], T[3], T[4],
                                                                   len(T[5]), T[6], T[7]))
    if missing_out:
        pr('')
        pr('no usable output for %d runs: %s' % (len(missing_out), ', '.join('/'.join(m) for m in missing_out[:20])))
    text = '\n'.join(report) + '\n'
    if write:
        with open(os.path.join(out, 'score.txt'), 'w') as f:
            f.write(text)
    sys.stdout.write(text)


# ---------------------------------------------------------------- diff
def read_tsv(p):
    with open(p) as f:
        head = f.readline().rstrip('\n').split('\t')
        return [dict(zip(head, ln.rstrip('\n').split('\t'))) for ln in f]


def diff(a, b):
    A, B = read_tsv(a), read_tsv(b)

    def fkey(r):
        return (r['level'], r['audit'], r['repo'], r['file'], r['line'], r['rule'])

    def reals(rows, level):
        return {(r['audit'], r['repo'], r['site']) for r in rows if r['level'] == level and r['verdict'] == 'real'}

    def keyed(rows):  # two findings on one line with one rule (stdout and stderr) stay two
        seen = defaultdict(int)
        out = {}
        for r in sorted(rows, key=lambda r: r['message']):
            k = fkey(r)
            out[k + (seen[k],)] = r
            seen[k] += 1
        return out

    ka = keyed(A)
    kb = keyed(B)
    for level in LEVELS:
        gained = [kb[k] for k in sorted(kb) if k[0] == level and k not in ka]
        lost = [ka[k] for k in sorted(ka) if k[0] == level and k not in kb]
        print('== %s: findings %d -> %d (+%d -%d) ==' % (
            level, sum(k[0] == level for k in ka), sum(k[0] == level for k in kb), len(gained), len(lost)))
        for tag, rs in (('+', gained), ('-', lost)):
            for r in rs:
                print('%s %-8s %s %s %s:%s %s %s  %s' % (tag, r['verdict'], audit_number(r['audit']), r['repo'],
                                                         r['file'], r['line'], r['rule'], r['evidence'],
                                                         r['message'][:100]))
        ra, rb = reals(A, level), reals(B, level)
        print('real sites found: %d -> %d' % (len(ra), len(rb)))
        for tag, s in (('+', rb - ra), ('-', ra - rb)):
            for x in sorted(s):
                print('%s real site %s %s %s' % (tag, audit_number(x[0]), x[1], x[2]))
        print()


def possible_only(tsv, evidence, lang):
    """Real sites with a finding of this evidence at --evidence possible and no finding at default."""
    rows = read_tsv(tsv)
    at_default = {(r['audit'], r['repo'], r['site']) for r in rows if r['level'] == 'default' and r['site']}
    out = {}
    for r in rows:
        k = (r['audit'], r['repo'], r['site'])
        if (r['level'] == 'possible' and r['verdict'] == 'real' and r['evidence'] == evidence
                and (lang == 'all' or r['lang'] == lang) and k not in at_default):
            out.setdefault(k, r)
    print('audit\trepo\tsite\tfinding_line\trule\tevidence\tmessage')
    for k in sorted(out, key=lambda k: (audit_number(k[0]), k[1], k[2])):
        r = out[k]
        print('\t'.join([str(audit_number(k[0])), k[1], k[2], r['line'], r['rule'], r['evidence'], r['message']]))


def missed(out, lang, corpus_dir, audits):
    """Real sites of the repositories present with no matching finding at default, grouped by shape."""
    rows = read_tsv(os.path.join(out, 'findings.tsv'))
    found = defaultdict(set)
    for r in rows:
        if r['site']:
            found[r['level']].add((r['audit'], r['repo'], r['site']))
    c = Corpus(corpus_dir, audits)
    miss = []
    for (a, name), sites in c.sites.items():
        for s in sites:
            if s['verdict'] != 'real' or (lang != 'all' and lang_of(s['language']) != lang):
                continue
            k = (a, name, s['_key'])
            if k not in found['default']:
                miss.append((audit_number(a), name, s, k in found['possible']))
    miss.sort(key=lambda m: (m[2].get('shape') or '', m[0], m[1], m[2]['_key']))
    print('audit\trepo\tsite\tshape\tat_possible\tcommand')
    for n, name, s, poss in miss:
        print('\t'.join([str(n), name, s['_key'], s.get('shape') or '?', 'yes' if poss else 'no',
                         clean(s.get('command') or '')[:160]]))
    count = defaultdict(lambda: [0, 0])
    for _, _, s, poss in miss:
        count[s.get('shape') or '?'][0] += 1
        count[s.get('shape') or '?'][1] += poss
    print('\n%d missed real sites at default (found at possible: %d)' % (len(miss), sum(m[3] for m in miss)))
    for shape, (n, p) in sorted(count.items(), key=lambda kv: -kv[1][0]):
        print('%4d  (%d at possible)  %s' % (n, p, shape))


def main(argv):
    if len(argv) >= 3 and argv[0] == '--diff':
        diff(argv[1], argv[2])
        return 0
    if len(argv) >= 3 and argv[0] == 'possible-only':
        possible_only(argv[1], argv[2], argv[3] if len(argv) > 3 else 'all')
        return 0
    if len(argv) >= 2 and argv[0] == 'missed':
        rest = argv[2:]
        lang = rest.pop(0) if rest and not rest[0].startswith('--') else 'js'
        opts = {'--corpus': '/work/regress', '--audits': os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')}
        opts.update(dict(zip(rest[::2], rest[1::2])))
        missed(argv[1], lang, opts['--corpus'], opts['--audits'])
        return 0
    args = {'--corpus': '/work/regress', '--out': None, '--from': '0', '--to': '99',
            '--audits': os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')}
    it = iter(argv[1:] if argv and argv[0] == 'score' else argv)
    for x in it:
        if x in args:
            args[x] = next(it)
        else:
            sys.stderr.write(__doc__)
            return 2
    if not args['--out']:
        sys.stderr.write(__doc__)
        return 2
    lo, hi = int(args['--from']), int(args['--to'])
    score(args['--corpus'], args['--out'], args['--audits'], lo, hi, write=(lo, hi) == (0, 99))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
