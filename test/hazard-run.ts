import { type ChildProcessByStdio, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * The runner of the hazard cases (test/hazard-cases.ts, test/hazard-held-cases.ts): a program run
 * by a real interpreter in its own session, watched through /proc for a child asleep on a full
 * pipe, cut at a deadlock or at its time limit, and what it left behind read back.
 */
/**
 * Processes of the session asleep in a pipe write (Linux /proc wchan: pipe_write, anon_pipe_write),
 * what `ps -o wchan -g SID` shows, read from /proc without a process: a `ps` per sample, every 0.1 s
 * for each case running, stalled this event loop.
 */
export function blockedInWrite(sid: number): boolean {
  return scan(null).has(sid);
}

/**
 * The sessions that have a process asleep in a pipe write, from one pass over /proc shared by every
 * run sampling within `maxAgeMs` of it. A pass reads every process's stat (some 40 ms of wall time
 * and 8 ms of CPU with 150 processes on a loaded machine): `npm test` runs a dozen programs at once,
 * and a pass per run per sample kept this thread busy and took most of a core from the programs
 * it watched, which then missed their time limit at a load of 25.
 */
function watchedInPipeWrite(maxAgeMs: number): Set<number> {
  if (!lastScan || Date.now() - lastScan.at > maxAgeMs) lastScan = { sids: scan(watched), at: Date.now() };
  return lastScan.sids;
}

/** The sessions (of `only`, or all) with a process asleep in a pipe write. */
function scan(only: ReadonlySet<number> | null): Set<number> {
  const sids = new Set<number>();
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // pid (comm) state ppid pgrp session ...: the comm may hold spaces and parentheses.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const sid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]);
      if (only && !only.has(sid)) continue;
      if (/pipe_write/.test(fs.readFileSync(`/proc/${pid}/wchan`, 'utf8'))) sids.add(sid);
    } catch { /* the process is gone */ }
  }
  return sids;
}

let lastScan: { at: number; sids: Set<number> } | null = null;
/** The sessions of the runs under way: a shared pass reads the wchan of their processes only. */
const watched = new Set<number>();

/**
 * A time limit for a run on this machine: `ms` on an idle one, scaled by the load per core (at
 * most 4x). Only a run that goes wrong waits for the limit (a deadlock is cut as soon as it is
 * seen, a clean run ends by itself); on 2 cores at a load of 25, Python programs that end in a
 * second on an idle machine took over 20 s.
 */
export function scaledLimit(ms: number): number {
  const load = os.loadavg()[0] ?? 0;
  const cores = os.availableParallelism();
  return Math.round(ms * Math.min(4, Math.max(1, load / cores)));
}

export interface Run {
  /** The child sat in pipe_write in three samples 0.1 s apart while the parent was alive. */
  blocked: boolean;
  /** The parent had not exited when the run was cut (a deadlock: cut as soon as it is seen). */
  hung: boolean;
  code: number | null;
  ms: number;
  /** What the command had left when the parent exited: its status, its `done` file. */
  atExit: { status: boolean; done: boolean };
  stderr: string;
  status: string | null;
  child: boolean;
  parent: boolean;
  done: boolean;
  /** What the parent wrote in `producer-rc`: the exit status of a pipeline's producer, as Popen gives it (-13: SIGPIPE). */
  producer: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs main.py in its own process group (no pipe to us on stdout, so a blocked grandchild
 * cannot hold this call). A deadlock is cut as soon as it is seen; otherwise the parent gets
 * `limitMs` (generous: a loaded machine starts Python slowly; only a failing run waits that long), then whatever outlives it gets until `settle` appears (the status, a file the
 * command leaves), at most 10 s, and stderr until every holder has closed it, at most 2 s more
 * (each bound scaled by the load: scaledLimit). The group is killed at the end.
 */
export async function execute(bin: string, dir: string, cutOnBlock: boolean, settle: string | null, limitMs = scaledLimit(20_000)): Promise<Run> {
  for (const m of ['child-done', 'child-started', 'parent-done', 'status', 'done', 'seen', 'producer-rc']) fs.rmSync(path.join(dir, m), { force: true });
  const started = Date.now();
  const parent = spawn(bin, ['main.py'], { cwd: dir, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  watched.add(parent.pid!);
  try {
    return await watch(parent, dir, started, cutOnBlock, settle, limitMs);
  } finally {
    watched.delete(parent.pid!);
  }
}

async function watch(parent: ChildProcessByStdio<null, null, Readable>, dir: string, started: number, cutOnBlock: boolean, settle: string | null, limitMs: number): Promise<Run> {
  let stderr = '';
  parent.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // All of stderr: the parent's, and what a command it left behind writes there after it exited.
  const closed = new Promise((resolve) => parent.on('close', resolve));
  let code: number | null = null;
  let exited = false;
  let ms = 0;
  const atExit = { status: false, done: false };
  // The loop below wakes at once when the parent exits: a run that ends never waits for a timer.
  let wake = () => {};
  parent.on('exit', (c) => {
    code = c;
    exited = true;
    ms = Date.now() - started;
    atExit.status = fs.existsSync(path.join(dir, 'status'));
    atExit.done = fs.existsSync(path.join(dir, 'done'));
    wake();
  });
  let streak = 0;
  let blocked = false;
  while (!exited && Date.now() - started < limitMs) {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 100);
      wake = () => { clearTimeout(timer); resolve(null); };
    });
    if (exited) break;
    // Its own session (detached): one pass over /proc serves every run sampling within 50 ms.
    streak = watchedInPipeWrite(50).has(parent.pid!) ? streak + 1 : 0;
    if (streak >= 3) {
      blocked = true;
      if (cutOnBlock) break;
    }
    if (blocked || fs.existsSync(path.join(dir, 'child-done'))) fs.writeFileSync(path.join(dir, 'seen'), '');
  }
  const hung = !exited;
  if (!hung && settle) {
    const file = path.join(dir, settle);
    const deadline = Date.now() + scaledLimit(10_000);
    while (Date.now() < deadline && !(fs.existsSync(file) && (settle !== 'status' || fs.readFileSync(file, 'utf8').endsWith('\n')))) await sleep(50);
  }
  if (!hung) await Promise.race([closed, sleep(scaledLimit(2000))]);
  try { process.kill(-parent.pid!, 'SIGKILL'); } catch { /* group gone */ }
  if (hung) await new Promise((resolve) => (exited ? resolve(null) : parent.on('exit', resolve)));
  const read = (f: string) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), 'utf8').trim() : null);
  return { blocked, hung, code: hung ? null : code, ms, atExit, stderr, status: read('status'), child: fs.existsSync(path.join(dir, 'child-done')), parent: fs.existsSync(path.join(dir, 'parent-done')), done: fs.existsSync(path.join(dir, 'done')), producer: read('producer-rc') };
}
