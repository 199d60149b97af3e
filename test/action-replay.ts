// Replays a GitHub Actions job the way the runner does it, for the composite action in
// action.yml: expressions (`${{ inputs.x }}`, `${{ steps.id.outputs.y }}`, `${{ github.z }}`)
// are evaluated in `env:` and `with:` values, each `run:` script goes to
// `bash --noprofile --norc -eo pipefail FILE` (GitHub's `shell: bash`) in the workspace, each
// step gets its own $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY files, and the job shares
// $GITHUB_PATH and $GITHUB_ENV. Composite steps see $GITHUB_ACTION_PATH.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  if?: string;
}

export interface ActionFile {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: WorkflowStep[] };
}

export interface StepResult {
  id?: string;
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

interface Context {
  inputs: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
  github: Record<string, string>;
  env: Record<string, string>;
}

export function readAction(file: string): ActionFile {
  return YAML.parse(fs.readFileSync(file, 'utf8')) as ActionFile;
}

/** `${{ a.b.c }}` -> its value; only the contexts the action uses, anything else is an error. */
export function evaluate(text: string, ctx: Context): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    const m = /^(inputs|github|env)\.([\w-]+)$/.exec(expr);
    if (m) return ctx[m[1] as 'inputs' | 'github' | 'env'][m[2]!] ?? '';
    const s = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (s) return ctx.steps[s[1]!]?.outputs[s[2]!] ?? '';
    throw new Error(`the replay does not know the expression \${{ ${expr} }}`);
  });
}

/** $GITHUB_OUTPUT's two forms: `name=value` and `name<<DELIMITER` ... `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]!);
      out[heredoc[1]!] = body.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export interface Job {
  /** The checked-out repository; steps run here. */
  workspace: string;
  /** Folder for the runner's files (RUNNER_TEMP, GITHUB_PATH, step files). */
  runner: string;
  /** Environment of the runner (PATH, HOME...), before the GITHUB_* variables. */
  env: Record<string, string>;
  /** The `github` context (event_name...) and the event payload for $GITHUB_EVENT_PATH. */
  github?: Record<string, string>;
  event?: unknown;
  /** Where `uses: ./` and `uses: OWNER/popenlint@...` point. */
  actionPath: string;
}

export interface JobResult {
  steps: StepResult[];
  /** Outputs of each `uses:` of the action, by step id. */
  actionOutputs: Record<string, Record<string, string>>;
  /** What the job's steps wrote to $GITHUB_PATH and $GITHUB_ENV (must stay empty for the action). */
  githubPath: string;
  githubEnv: string;
  /** Every step's stdout, in order. */
  log: string;
}

function bash(script: string, env: Record<string, string>, cwd: string, file: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  fs.writeFileSync(file, script);
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export async function runJob(job: Job, steps: WorkflowStep[]): Promise<JobResult> {
  const action = readAction(path.join(job.actionPath, 'action.yml'));
  fs.mkdirSync(path.join(job.runner, 'temp'), { recursive: true });
  const githubPath = path.join(job.runner, 'github_path');
  const githubEnv = path.join(job.runner, 'github_env');
  fs.writeFileSync(githubPath, '');
  fs.writeFileSync(githubEnv, '');
  const eventPath = path.join(job.runner, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(job.event ?? {}));
  const base: Record<string, string> = {
    ...job.env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_PATH: githubPath,
    GITHUB_ENV: githubEnv,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: job.github?.event_name ?? 'push',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: job.github?.repository ?? 'owner/repo',
    GITHUB_SHA: job.github?.sha ?? '0123456789abcdef0123456789abcdef01234567',
    RUNNER_TEMP: path.join(job.runner, 'temp'),
  };
  const jobCtx: Context = { inputs: {}, steps: {}, github: { event_name: base.GITHUB_EVENT_NAME!, workspace: job.workspace, ...job.github }, env: {} };
  const results: StepResult[] = [];
  const actionOutputs: JobResult['actionOutputs'] = {};
  let n = 0;
  const runStep = async (step: WorkflowStep, ctx: Context, extraEnv: Record<string, string>): Promise<StepResult> => {
    n++;
    const outputFile = path.join(job.runner, `output-${n}`);
    const summaryFile = path.join(job.runner, `summary-${n}`);
    fs.writeFileSync(outputFile, '');
    fs.writeFileSync(summaryFile, '');
    const env: Record<string, string> = { ...base, ...extraEnv, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = evaluate(String(v), ctx);
    if (step.shell !== undefined && step.shell !== 'bash') throw new Error(`the replay runs bash steps only (step ${step.name ?? step.id})`);
    const r = await bash(step.run!, env, job.workspace, path.join(job.runner, `step-${n}.sh`));
    const result: StepResult = { id: step.id, ...r, outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')), summary: fs.readFileSync(summaryFile, 'utf8') };
    if (step.id) ctx.steps[step.id] = { outputs: result.outputs };
    return result;
  };
  for (const step of steps) {
    if (step.if !== undefined) throw new Error('the replay does not evaluate if:');
    if (step.run !== undefined) {
      const r = await runStep(step, jobCtx, {});
      results.push(r);
      if (r.status !== 0) break;
      continue;
    }
    if (step.uses === './' || /^[\w-]+\/popenlint@/.test(step.uses ?? '')) {
      const inputs: Record<string, string> = {};
      for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = spec.default ?? '';
      for (const [name, value] of Object.entries(step.with ?? {})) {
        if (!(name in action.inputs)) throw new Error(`the action has no input '${name}'`);
        inputs[name] = evaluate(String(value), jobCtx);
      }
      const ctx: Context = { inputs, steps: {}, github: jobCtx.github, env: {} };
      let failed = false;
      for (const inner of action.runs.steps) {
        if (inner.uses !== undefined) throw new Error(`composite step '${inner.name}' uses ${inner.uses}; the replay runs bash steps only`);
        const r = await runStep(inner, ctx, { GITHUB_ACTION_PATH: job.actionPath });
        results.push(r);
        if (r.status !== 0) {
          failed = true;
          break;
        }
      }
      const outputs: Record<string, string> = {};
      for (const [name, spec] of Object.entries(action.outputs)) outputs[name] = evaluate(spec.value, ctx);
      if (step.id) {
        actionOutputs[step.id] = outputs;
        jobCtx.steps[step.id] = { outputs };
      }
      if (failed) break;
      continue;
    }
    if (/^actions\/checkout@/.test(step.uses ?? '')) continue; // the workspace is already checked out
    throw new Error(`the replay does not know uses: ${step.uses}`);
  }
  return {
    steps: results,
    actionOutputs,
    githubPath: fs.readFileSync(githubPath, 'utf8'),
    githubEnv: fs.readFileSync(githubEnv, 'utf8'),
    log: results.map((r) => r.stdout).join(''),
  };
}
