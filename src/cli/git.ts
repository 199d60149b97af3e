import path from 'node:path';

/**
 * The two git questions the CLI asks: where the repository root is (CI formats report
 * repository-relative paths) and which files changed since a ref (`--changed-since`). git runs
 * with an argument array, never through a shell, so a ref or path cannot inject a command.
 */

export class GitError extends Error {}

function git(args: string[], cwd: string): string {
  // child_process (and the net and stream modules it loads) only for runs that ask git.
  const { execFileSync } = process.getBuiltinModule('node:child_process');
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new GitError('git is not installed or not on PATH');
    throw new GitError((err.stderr ?? err.message).trim().split('\n')[0] ?? 'git failed');
  }
}

/** The top level of the git work tree holding `cwd`, or null outside one (or without git). */
export function repoRoot(cwd: string): string | null {
  try {
    return git(['rev-parse', '--show-toplevel'], cwd).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Absolute real paths of files that differ from `ref`: committed since it, staged or not yet
 * staged (`git diff REF` compares the ref with the work tree), plus untracked files that
 * .gitignore does not hide, since a new file is a change too.
 */
export function changedSince(ref: string, cwd: string): Set<string> {
  const root = repoRoot(cwd);
  if (!root) throw new GitError(`--changed-since needs a git repository; '${cwd}' is not in one`);
  // `--end-of-options` keeps a ref that starts with `-` from being read as an option.
  try {
    git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
  } catch {
    throw new GitError(`--changed-since: '${ref}' is not a commit in ${root} (in CI, fetch it first: git fetch origin ${ref})`);
  }
  // Paths from a run at the top level are relative to it; -z keeps odd names intact.
  const diff = git(['-c', 'core.quotepath=off', 'diff', '--name-only', '--no-relative', '-z', '--end-of-options', ref, '--'], root);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  const out = new Set<string>();
  for (const rel of `${diff}\0${untracked}`.split('\0')) if (rel) out.add(path.join(root, rel));
  return out;
}
