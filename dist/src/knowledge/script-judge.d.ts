/**
 * How much a script of the project writes when run, judged from its text: the project's own
 * `python PyServer.py`, `sh deploy.sh`, `node build.js`. The command table can only say that an
 * interpreter "runs a program whose output can grow"; blind audit 30 judged 9 of 19 findings
 * false for that reason alone (a server whose logger writes to a file and prints two lines, a
 * 4-line deploy script). A script whose every write is a fixed line, none of them in a loop,
 * that starts no other program and whose logging goes to a file prints a few lines: `few`.
 * Anything else (a write in a loop, data of unknown size, a program it starts, a trace mode)
 * answers with the reason it can grow, and the interpreter's line of the table stands.
 *
 * Cheap on purpose: the text is read with regular expressions and indentation, never parsed;
 * a large script is not read at all (project-scripts.ts).
 */
export type ScriptKind = 'python' | 'shell' | 'node' | 'ruby' | 'perl';
/** A script that prints a few lines: how many writes it holds, and what else the message says. */
export interface FewLines {
    few: true;
    /** Writes (print, echo, console.log, a logging call that reaches a stream) in its text. */
    writes: number;
    /** Extra facts for the message: "logs to a file (FileHandler in logger.py)". */
    notes: string[];
}
/** Why a script's output can grow (for tests and debugging: messages keep the table's line). */
export interface CanGrow {
    few: false;
    why: string;
}
export type ScriptJudgement = FewLines | CanGrow;
/**
 * The Python script's text, and the text of the project modules it imports (for their logging
 * set-up and the programs they start, not their prints: what they print in functions the script
 * may never call).
 */
export declare function judgePython(text: string, imported: readonly {
    name: string;
    text: string;
    module?: string;
}[]): ScriptJudgement;
type ShellClassify = (line: string) => {
    stdout: string;
    stderr: string;
    program: string | null;
    evidence: string;
};
/**
 * A shell script: its commands are judged by the command table, as a command line is
 * (`classify` is knowledge/commands.ts's classifyShell, passed in to keep the import one way);
 * the commands of a loop must print nothing, as they run once a turn.
 */
export declare function judgeShell(text: string, classify: ShellClassify): ScriptJudgement;
/** A Node script: its own writes; the project modules it requires are read for the programs they start. */
export declare function judgeNode(text: string, required: readonly {
    name: string;
    text: string;
}[]): ScriptJudgement;
export declare function judgeRubyPerl(text: string): ScriptJudgement;
export {};
