// A generated legacy repository for the adoption tests (bulk suppressions, --add-noqa, the
// markdown and html reports, and the Chromium end-to-end test).
import { prng } from './helpers.js';
import { tempTree } from './report-helpers.js';

/** Python hazards, one per entry; each is a whole statement (some over several lines). */
const PY_HAZARDS = [
  (i: number) => `os.popen('make target${i}')\n`,
  (i: number) => `os.popen(\n    'tar -cvf out${i}.tar src'\n)\n`,
  (i: number) => `p${i} = subprocess.Popen(['du', '-l', 'd${i}'], stdout=subprocess.PIPE)\np${i}.wait()\n`,
  (i: number) => `out${i} = os.popen('git log -n ${i}')  # keep the handle\n`,
];

/** JS hazards; a spawn whose stdout is never read, an exec whose result is dropped. */
const JS_HAZARDS = [
  (i: number) => `spawn('du', ['-l', 'd${i}']);\n`,
  (i: number) => `exec('make target${i}');\n`,
];

export interface GeneratedRepo {
  dir: string;
  /** Relative path -> number of hazards written into it. */
  hazards: Map<string, number>;
}

/**
 * Folders of Python and JS files, each hazard with unique text so every finding can be told
 * apart, and one clean file. Deterministic for a seed.
 */
export function generateRepo(seed = 18, files = 12, extra: Record<string, string> = {}, options: { js?: boolean } = {}): GeneratedRepo {
  const random = prng(seed);
  // Without JS files a run never loads the TypeScript front-end: the faster choice for tests
  // that are about something else.
  const folders = options.js === false ? ['app', 'app/jobs', 'lib', 'scripts'] : ['app', 'app/jobs', 'lib', 'scripts', 'web'];
  const tree: Record<string, string> = {};
  const hazards = new Map<string, number>();
  let n = 0;
  for (let f = 0; f < files; f++) {
    const folder = folders[f % folders.length]!;
    const js = folder === 'web';
    const count = 1 + Math.floor(random() * 3);
    const rel = `${folder}/mod${f}.${js ? 'js' : 'py'}`;
    let text = js ? "const { spawn, exec } = require('child_process');\n" : 'import os\nimport subprocess\n\n';
    for (let h = 0; h < count; h++) {
      const list = js ? JS_HAZARDS : PY_HAZARDS;
      text += `\n${js ? '// step' : '# step'} ${h}\n`;
      text += list[Math.floor(random() * list.length)]!(n++);
    }
    tree[rel] = text;
    hazards.set(rel, count);
  }
  tree['lib/clean.py'] = 'import subprocess\nsubprocess.run(["true"], check=True)\n';
  Object.assign(tree, extra);
  return { dir: tempTree(tree), hazards };
}

export interface JsonFinding {
  rule: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  message: string;
  fix: { applicability: string } | null;
}

export function findingsOf(stdout: string): JsonFinding[] {
  return (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
}
