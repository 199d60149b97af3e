import type { PythonContext } from './context.js';
/** Ex) from utils.run import run_playbook ... proc = run_playbook(path); while proc.poll() is None: sleep(3) */
export declare function importedCaptures(ctx: PythonContext): void;
