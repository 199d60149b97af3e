#!/usr/bin/env python3
"""List the real sites a tool version misses (python3 stdlib only).

  missed.py OUTDIR/findings.tsv [python|js|all] [default|possible] [--corpus /work/regress] [--audits docs/audits]

One TSV row per real ground-truth site of a repository present in the corpus with no finding matched to
it at that level: audit, repo, file:line, whether it is found at --evidence possible, the auditor's shape,
command and reason. Group the rows by shape to see which missed hazards are common.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import Corpus, lang_of, read_tsv, clean  # noqa: E402


def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    opts = dict(zip(argv[::1], argv[1::1]))
    tsv = args[0]
    lang = args[1] if len(args) > 1 else 'python'
    level = args[2] if len(args) > 2 else 'default'
    corpus = opts.get('--corpus', '/work/regress')
    audits = opts.get('--audits', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    rows = read_tsv(tsv)
    found = {l: {(r['audit'], r['repo'], r['site']) for r in rows if r['level'] == l and r['verdict'] == 'real'}
             for l in ('default', 'possible')}
    C = Corpus(corpus, audits)
    print('\t'.join(['audit', 'repo', 'site', 'possible', 'shape', 'command', 'reason']))
    for (a, name), sites in sorted(C.sites.items()):
        if (a, name) not in C.present:
            continue
        for s in sites:
            if s['verdict'] != 'real' or (lang != 'all' and lang_of(s['language']) != lang):
                continue
            if (a, name, s['_key']) in found[level]:
                continue
            poss = 'yes' if (a, name, s['_key']) in found['possible'] else 'no'
            print('\t'.join([a, name, s['_key'], poss, clean(s.get('shape', '')), clean(s.get('command', ''))[:80],
                             clean(s.get('reason', ''))[:300]]))


if __name__ == '__main__':
    main(sys.argv[1:])
