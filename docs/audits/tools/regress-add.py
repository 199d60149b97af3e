#!/usr/bin/env python3
"""regress-add.py AUDIT NAME OWNER/NAME COMMIT [WHY]

Checks out a fetched mirror (/work/.mirror/<owner>+<name>/repo, brought by the session's fetch tool) at COMMIT into
/work/regress/AUDIT/NAME and appends its MANIFEST.tsv row. Blobs missing from the snapshot (files of 4 MiB and more)
are left out. The status column says `ok`, `ok-head` when COMMIT is not in the snapshot and HEAD was used instead
(line numbers may then differ from the audit's), or `missing` when there is no mirror.

regress-add.py --needed lists the repositories of docs/audits that hold a real or unsure site (audit, name, owner/name,
commit), the core of the corpus, with a `have` column.
"""
import json, os, subprocess, sys, glob

REGRESS = os.environ.get('REGRESS', '/work/regress')
AUDITS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


def git(gd, *args, **kw):
    return subprocess.run(['git', '--git-dir', gd, *args], capture_output=True, **kw)


def needed():
    rows = []
    for d in sorted(glob.glob(os.path.join(AUDITS, '2026-*'))):
        c, gt = os.path.join(d, 'commits.txt'), os.path.join(d, 'ground-truth.json')
        if not (os.path.exists(c) and os.path.exists(gt)):
            continue
        with open(gt) as f:
            j = json.load(f)
        sites = j['sites'] if isinstance(j, dict) and 'sites' in j else j
        want = {s['repo'] for s in sites if s.get('verdict') in ('real', 'unsure')}
        by = {}
        with open(c) as f:
            for line in f:
                t = line.split()
                if len(t) >= 3:
                    for k in (t[0], t[1], t[1].split('/')[-1]):
                        by[k] = (t[1], t[2])
        for r in sorted(want):
            hit = by.get(r) or by.get(r.split('/')[-1])
            if hit:
                rows.append((os.path.basename(d), r.split('/')[-1], hit[0], hit[1]))
    return rows


def manifest_has(audit, name):
    m = os.path.join(REGRESS, 'MANIFEST.tsv')
    if not os.path.exists(m):
        return False
    with open(m) as f:
        return any(line.split('\t')[:2] == [audit, name] for line in f)


def add(audit, name, slug, commit, why):
    m = os.path.join(REGRESS, 'MANIFEST.tsv')
    if not os.path.exists(m):
        os.makedirs(REGRESS, exist_ok=True)
        with open(m, 'w') as f:
            f.write('audit\tname\trepo\tcommit\tstatus\twhy\n')
    if manifest_has(audit, name):
        print(f'{audit}/{name}: already in the corpus')
        return 0
    gd = f"/work/.mirror/{slug.replace('/', '+')}/repo"
    if os.path.isdir(os.path.join(gd, '.git')):  # some snapshots come with a work tree's .git
        gd = os.path.join(gd, '.git')
    dest = os.path.join(REGRESS, audit, name)
    status = 'ok'
    if not os.path.isdir(gd):
        status = 'missing'
    else:
        if git(gd, 'cat-file', '-e', commit + '^{commit}').returncode != 0:
            commit, status = git(gd, 'rev-parse', 'HEAD', text=True).stdout.strip(), 'ok-head'
        ls = git(gd, 'ls-tree', '-r', '-z', commit).stdout.split(b'\0')
        os.makedirs(dest, exist_ok=True)
        skipped = 0
        for entry in ls:
            if not entry:
                continue
            meta, path = entry.split(b'\t', 1)
            mode, kind, sha = meta.split()
            if kind != b'blob' or mode == b'120000':
                continue
            blob = git(gd, 'cat-file', 'blob', sha.decode())
            if blob.returncode != 0:
                skipped += 1
                continue
            out = os.path.join(dest.encode(), path)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, 'wb') as f:
                f.write(blob.stdout)
            if mode == b'100755':
                os.chmod(out, 0o755)
        if skipped:
            why += f' ({skipped} large blobs absent)'
    with open(m, 'a') as f:
        f.write(f'{audit}\t{name}\t{slug}\t{commit}\t{status}\t{why}\n')
    print(f'{audit}/{name}: {status}')
    return 0 if status != 'missing' else 1


if __name__ == '__main__':
    a = sys.argv[1:]
    if a[:1] == ['--needed']:
        for r in needed():
            have = manifest_has(r[0], r[1])
            print('\t'.join(r) + ('\thave' if have else '\t-'))
        sys.exit(0)
    if len(a) < 4:
        sys.exit(__doc__)
    sys.exit(add(a[0], a[1], a[2], a[3], a[4] if len(a) > 4 else 'real or unsure site'))
