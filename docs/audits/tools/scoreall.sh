#!/usr/bin/env bash
# scoreall.sh <tool-worktree> <outdir> [corpus-dir]
# Runs `popenlint check <repo> --format json` at the default level and with --evidence possible on every
# repository of the regression corpus (MANIFEST.tsv rows whose status starts with ok/HEAD), two runs at a
# time, then scores the outputs with score.py. The tool worktree must be compiled (npm run compile).
# Env: JOBS (default 2), TIMEOUT seconds per run (default 900), ONLY (regex on "<audit>/<name>"),
# RESUME=1 (keep the outputs already in <outdir>, run only what is missing, e.g. repos added to the corpus).
set -u
tool=$(cd "$1" && pwd) || exit 2
out=$2
corpus=${3:-/work/regress}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
[ -f "$tool/bin/popenlint.js" ] || { echo "no $tool/bin/popenlint.js" >&2; exit 2; }
git -C "$tool" rev-parse HEAD > "$out/tool-commit" 2>/dev/null || true
awk -F'\t' 'NR>1 && ($5 ~ /^(ok|HEAD)/) {print $1"/"$2}' "$corpus/MANIFEST.tsv" \
  | grep -E "${ONLY:-.}" > "$out/repos.txt"
run() { # level audit/name
  local level=$1 rel=$2 o="$out/$1/$2.json" extra=()
  [ "${RESUME:-}" = 1 ] && [ -s "$o" ] && return 0
  [ "$level" = possible ] && extra=(--evidence possible)
  mkdir -p "$(dirname "$o")"
  local t0=$SECONDS
  timeout "${TIMEOUT:-900}" node "$tool/bin/popenlint.js" check "$corpus/$rel" --format json "${extra[@]}" \
    > "$o" 2> "$out/$level/$rel.err"
  local rc=$?
  echo -e "$level\t$rel\t$rc\t$((SECONDS - t0))s" >> "$out/runs.tsv"
}
export -f run
export out corpus tool TIMEOUT RESUME
[ "${RESUME:-}" = 1 ] || : > "$out/runs.tsv"
for level in default possible; do sed "s|^|$level |" "$out/repos.txt"; done \
  | xargs -P "${JOBS:-2}" -L 1 bash -c 'run "$0" "$1"'
awk -F'\t' '$3 != 0 && $3 != 1 {print "run failed (rc " $3 "): " $1 " " $2}' "$out/runs.tsv" >&2
python3 "$here/score.py" score --corpus "$corpus" --out "$out" --audits "$here/.."
