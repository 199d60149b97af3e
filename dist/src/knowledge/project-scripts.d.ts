/** The file being linted (its folder is where its scripts are looked for), or null. */
export declare function useScriptFolder(file: string | null): void;
/** What a project script prints, for a message; null when it is not one, or its output can grow. */
export interface ScriptOutput {
    stdout: 'bounded';
    stderr: 'bounded';
    program: string;
    evidence: string;
}
/**
 * Ex) ['python', 'PyServer.py'], ['sh', '/opt/app/Deploy.sh'], ['./deploy.sh'], ['node', 'build.js']:
 * a few lines when the script, found in this project, prints a few (script-judge.ts); null
 * otherwise (not a script, not found, too large, or its output can grow: the table decides).
 * `name` is the program as the table names it, `first` the word as written.
 */
export declare function projectScriptOutput(name: string, first: string, args: readonly (string | null)[], classify: (line: string) => {
    stdout: string;
    stderr: string;
    program: string | null;
    evidence: string;
}): ScriptOutput | null;
