/**
 * Whole-process measurements: wall time, CPU time and peak RSS of a command, as a user sees
 * them. Peak RSS comes from GNU time (`/usr/bin/time -f %M`) when the machine has it, else
 * from polling VmHWM in /proc/<pid>/status (Linux), else it is unknown.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Sample {
  wallMs: number;
  /** user + system, children included (GNU time), or null. */
  cpuMs: number | null;
  /** Peak resident set size in KiB, or null. */
  rssKb: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Command {
  argv: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

const GNU_TIME = '/usr/bin/time';
let gnuTime: boolean | null = null;

async function hasGnuTime(): Promise<boolean> {
  if (gnuTime === null) {
    gnuTime = fs.existsSync(GNU_TIME) && (await run({ argv: [GNU_TIME, '-f', '%M', 'true'] }, false)).code === 0;
  }
  return gnuTime;
}

function readHwm(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function run(cmd: Command, poll: boolean): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd.argv[0]!, cmd.argv.slice(1), { cwd: cmd.cwd, env: cmd.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let hwm: number | null = null;
    const timer = poll && child.pid !== undefined
      ? setInterval(() => {
          const v = readHwm(child.pid!);
          if (v !== null) hwm = Math.max(hwm ?? 0, v);
        }, 10)
      : null;
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (timer) clearInterval(timer);
      resolve({ wallMs, cpuMs: null, rssKb: hwm, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** One run of a command; a non-zero exit is recorded, not thrown (linters exit 1 on findings). */
export async function measure(cmd: Command): Promise<Sample> {
  if (await hasGnuTime()) {
    const report = path.join(os.tmpdir(), `popenlint-bench-time-${process.pid}.txt`);
    const s = await run({ ...cmd, argv: [GNU_TIME, '-o', report, '-f', '%M %U %S', ...cmd.argv] }, false);
    const [rss, user, sys] = fs.readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    fs.rmSync(report, { force: true });
    return { ...s, rssKb: rss ?? null, cpuMs: user !== undefined && sys !== undefined ? (user + sys) * 1000 : null };
  }
  return run(cmd, process.platform === 'linux');
}

export interface Stats {
  runs: Sample[];
  wallMs: number;
  minMs: number;
  maxMs: number;
  cpuMs: number | null;
  rssKb: number | null;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** `runs` measured runs (after `warmup` unmeasured ones): median wall and CPU, maximum RSS. */
export async function repeat(cmd: Command, runs: number, warmup = 0): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await measure(cmd);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await measure(cmd));
  const walls = samples.map((s) => s.wallMs);
  const cpus = samples.map((s) => s.cpuMs).filter((v): v is number => v !== null);
  const rss = samples.map((s) => s.rssKb).filter((v): v is number => v !== null);
  return {
    runs: samples,
    wallMs: median(walls),
    minMs: Math.min(...walls),
    maxMs: Math.max(...walls),
    cpuMs: cpus.length ? median(cpus) : null,
    rssKb: rss.length ? Math.max(...rss) : null,
  };
}
