import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { findingsOf, generateRepo } from '../adopt-helpers.js';
import { cli, tempDir } from '../helpers.js';

/**
 * The html report in a real browser: Debian's headless Chromium, driven over the DevTools
 * protocol on a pipe (--remote-debugging-pipe: fd 3 in, fd 4 out, messages ended by NUL), so
 * no WebSocket or npm package is needed. The page must load with no console error, no
 * exception and no blocked request (its Content-Security-Policy forbids scripts and external
 * resources), show the totals at the top, and the screenshot is kept for a human to look at.
 */

const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome'];
const browser = BROWSERS.find((b) => spawnSync(b, ['--version'], { encoding: 'utf8' }).status === 0);
const skip = browser ? false : `no headless Chromium on PATH (tried ${BROWSERS.join(', ')}; Debian: apt-get install -y chromium)`;
if (skip) console.log(`# skipping the Chromium test: ${skip}`);

interface Message { id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: { message: string }; sessionId?: string }

class Cdp {
  private next = 1;
  private buffer = '';
  private readonly waiting = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  readonly events: Message[] = [];
  private listeners: ((m: Message) => void)[] = [];

  constructor(private readonly proc: ChildProcess) {
    const out = proc.stdio[4] as Readable;
    out.setEncoding('utf8');
    out.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
        const m = JSON.parse(this.buffer.slice(0, end)) as Message;
        this.buffer = this.buffer.slice(end + 1);
        if (m.id !== undefined && this.waiting.has(m.id)) {
          const w = this.waiting.get(m.id)!;
          this.waiting.delete(m.id);
          if (m.error) w.reject(new Error(m.error.message));
          else w.resolve(m.result ?? {});
        } else {
          this.events.push(m);
          for (const l of this.listeners) l(m);
        }
      }
    });
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.next++;
    (this.proc.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
  }

  waitFor(method: string, timeoutMs = 30_000): Promise<Message> {
    const seen = this.events.find((e) => e.method === method);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
      this.listeners.push((m) => {
        if (m.method === method) {
          clearTimeout(timer);
          resolve(m);
        }
      });
    });
  }
}

/** Problems a page reported while it loaded: exceptions, console errors, log errors (CSP, failed loads). */
function problems(events: Message[]): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (e.method === 'Runtime.exceptionThrown') out.push(`exception: ${JSON.stringify((e.params as { exceptionDetails: unknown }).exceptionDetails)}`);
    if (e.method === 'Runtime.consoleAPICalled' && ['error', 'assert'].includes((e.params as { type: string }).type)) out.push(`console.${(e.params as { type: string }).type}: ${JSON.stringify((e.params as { args: unknown }).args)}`);
    if (e.method === 'Log.entryAdded' && (e.params as { entry: { level: string } }).entry.level === 'error') out.push(`log: ${JSON.stringify((e.params as { entry: unknown }).entry)}`);
  }
  return out;
}

let proc: ChildProcess | null = null;
let cdp: Cdp;
let profile = '';

/** Opens a file in a fresh tab; returns what the page reported, an evaluator and a screenshot. */
async function open(file: string) {
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' }) as { targetId: string };
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true }) as { sessionId: string };
  const mark = cdp.events.length;
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false }, sessionId);
  await cdp.send('Runtime.enable', {}, sessionId);
  await cdp.send('Log.enable', {}, sessionId);
  await cdp.send('Page.enable', {}, sessionId);
  const loaded = new Promise<void>((resolve) => {
    const check = () => (cdp.events.slice(mark).some((e) => e.method === 'Page.loadEventFired' && e.sessionId === sessionId) ? resolve() : setTimeout(check, 20));
    check();
  });
  await cdp.send('Page.navigate', { url: pathToFileURL(file).href }, sessionId);
  await loaded;
  // Late console messages (a CSP report is asynchronous) get a moment to arrive.
  await new Promise((r) => setTimeout(r, 300));
  const evaluate = async (expression: string) => ((await cdp.send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)) as { result: { value: unknown } }).result.value;
  const screenshot = async () => Buffer.from((await cdp.send('Page.captureScreenshot', { format: 'png' }, sessionId) as { data: string }).data, 'base64');
  return { problems: () => problems(cdp.events.slice(mark).filter((e) => e.sessionId === sessionId)), evaluate, screenshot };
}

describe('html report in headless Chromium', { skip }, () => {
  before(async () => {
    profile = tempDir('popenlint-chromium-');
    proc = spawn(browser!, ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check', `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    cdp = new Cdp(proc);
  });

  after(async () => {
    try {
      await Promise.race([cdp.send('Browser.close'), new Promise((r) => setTimeout(r, 5000))]);
    } catch {
      // The browser may already be gone.
    }
    if (proc && proc.exitCode === null) {
      const exited = new Promise((r) => proc!.once('exit', r));
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    }
    // Chromium's helper processes may still be writing their profile for a moment.
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });

  it('catches a broken page (the checks below can fail)', { timeout: 60_000 }, async () => {
    const dir = tempDir('popenlint-chromium-canary-');
    try {
      const file = path.join(dir, 'broken.html');
      fs.writeFileSync(file, "<!doctype html><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'\"><title>x</title><script>console.error('boom'); missingFunction();</script><img src=\"https://example.invalid/x.png\">");
      const page = await open(file);
      const found = page.problems();
      assert.ok(found.some((p) => p.startsWith('exception:')), found.join('\n'));
      assert.ok(found.some((p) => p.includes('boom')), found.join('\n'));
      assert.ok(found.some((p) => /Content Security Policy|example\.invalid/.test(p)), found.join('\n'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('renders the report with no console error and the totals in view', { timeout: 120_000 }, async () => {
    const { dir } = generateRepo(18, 20, { CODEOWNERS: '*.py @python-team\nweb/ @web-team\n' });
    try {
      const findings = findingsOf(cli(['check', '.', '--format', 'json'], { cwd: dir }).stdout);
      const r = cli(['check', '.', '--report', 'html:report/popenlint.html'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const page = await open(path.join(dir, 'report/popenlint.html'));
      assert.deepEqual(page.problems(), []);
      const totals = await page.evaluate(`(() => {
        const box = document.querySelector('#totals').getBoundingClientRect();
        const n = (id) => document.querySelector('#total-' + id + ' b').textContent;
        return { top: box.top, height: box.height, width: box.width, findings: n('findings'), safe: n('safe'), files: n('files-with-findings'),
          shown: document.querySelectorAll('.finding').length, title: document.title, h1: document.querySelector('h1').textContent,
          owners: [...document.querySelectorAll('details.owner > summary')].map((s) => s.textContent) };
      })()`) as Record<string, unknown>;
      assert.equal(totals.findings, String(findings.length));
      assert.equal(totals.safe, String(findings.filter((f) => f.fix?.applicability === 'safe').length));
      assert.equal(totals.files, String(new Set(findings.map((f) => f.path)).size));
      assert.equal(totals.shown, findings.length);
      assert.ok((totals.top as number) >= 0 && (totals.top as number) < 400 && (totals.height as number) > 40 && (totals.width as number) > 600, JSON.stringify(totals));
      assert.match(String(totals.h1), new RegExp(`^popenlint: ${findings.length} findings in `));
      assert.ok((totals.owners as string[]).some((o) => o.startsWith('@python-team — ')), JSON.stringify(totals.owners));
      const png = await page.screenshot();
      assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
      const shot = path.join(os.tmpdir(), 'popenlint-html-report.png');
      fs.writeFileSync(shot, png);
      console.log(`# html report screenshot: ${shot} (${png.length} bytes)`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
