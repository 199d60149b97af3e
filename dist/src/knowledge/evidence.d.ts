import type { CommandOutput } from './commands.js';
/**
 * How sure a finding is: what it rests on. A pipe nobody drains breaks a child only when the
 * child writes more than the pipe (or exec's maxBuffer) holds, or at any size where the pipe
 * closes under it; what tells us that decides how much the finding can be trusted. Two blind
 * audits of real repositories (docs/audits/2026-12-02-*) found that findings resting only on
 * "the program is not in the command table" were wrong far more often than right, while the
 * others held. Strongest first:
 *
 * - `grows`: the command table knows the command writes without bound on the pipe (an
 *   interpreter running a script, `tshark -r`, a build, `find`, an encoder's progress);
 * - `lives-on`: the child outlives the call (a launcher's program, a child the code stops, a
 *   server or watcher kept for a session): a trickle passes the pipe over its life;
 * - `any-size`: it breaks whatever the command writes (os.popen dropped on Python 3.6–3.9: killed
 *   at its first write; a failure lost to a catch or a floating promise; an exit status wanted);
 * - `deadlock`: the parent waits for the child while the child waits on a pipe only the parent
 *   can drain (wait() before the read, one pipe read to its end while the other fills), for a
 *   command handed in from outside;
 * - `shape`: the rule's shape alone, for a finding whose code states no finer evidence (a rule
 *   or a check added without it): firm, as every finding was before tiers;
 * - `can-grow`: a Node child's output the table says can grow, on a pipe nobody reads or in
 *   exec's buffer, where nothing says how far: Node breaks it only past what it holds for the
 *   child (about 100–250 KiB drained at exit on an unread pipe, 1 MiB of maxBuffer), not at a
 *   pipe's 64 KiB, and a build's or a script's run rarely writes that much. Firm (`grows`) only
 *   when the output grows with what the command walks, with time, is a whole document, or the
 *   child serves. Not reported by default: the blind audits 10 and 12 judged 1 of 15 such
 *   findings real (and that one a child kept for a whole editor session). Also output that grows
 *   with time for a command whose run ends with its job (a download), when passing maxBuffer takes
 *   longer than such a run lasts (commands.data.ts `lasts`; blind audit 44 judged all three false);
 * - `in-test`: a firm finding in test code (src/test-files.ts), but a `race`: the command runs the
 *   test's own fixtures, so its output is as small as they are, and a hang or a kill fails the
 *   test in front of its maintainers instead of breaking a user's run. Not reported by default:
 *   over the audits 9–13 none of the 19 findings in test files was real (tiny fixtures, a test
 *   repository's few lines, a marker file polled before `communicate()`). A race stays `race`
 *   there: output taken at a child's 'exit' is cut short at any size, and the test fails at
 *   random (audits 14, 16 and 18 judged all 9 such findings real);
 * - `race`: output the code uses is taken at a moment that can come before any or all of it has
 *   been read (a child's 'exit' rather than 'close'), for children the code starts several at a
 *   time (a loop that does not wait for each, an array method, `Promise.all`, here or at a caller,
 *   or two children at a module's top level). Firm: libuv reaps every exited child when it
 *   handles one SIGCHLD, so a child that ends in the same turn as another gets its 'exit' before
 *   its pipe is read (measured on Node 20 / Linux: 32 of 40 outputs empty with two children at a
 *   time and a busy loop, 140 of 200 with twenty; test/e2e/exit-race-busy.test.ts). A busy loop
 *   alone cuts nothing: one child at a time, busy or idle, none of 1,800 (3 bytes to 2 MiB,
 *   native or node; test/e2e/exit-race-busy.test.ts);
 * - `external-command`: the command is a value from outside this code (a parameter, a setting,
 *   a user's hook): it can be anything, a build as well as `true`. Not reported by default: over
 *   six blind audits 9 of its 44 findings were real. Also a listed command whose output hangs on
 *   a count of repetitions given at run time (`aireplay-ng -0 N`: blind audit 23 judged all 5
 *   such findings false, a few bursts each);
 * - `unlisted-program`: the code names the program, the table does not list it, and that is
 *   the only reason to think its output grows. Not reported by default.
 * - `lone-race`: a `race` where nothing in the code starts the child alongside others: every
 *   caller runs it one at a time (awaited, called once, or in a loop that awaits each), it is
 *   started once at a module's top level, its callers cannot be seen (an API, a handler a
 *   framework calls) or are seen to run it one at a time up to code whose own callers cannot be,
 *   or it runs in an editor's extension host whose other children nothing here shows. libuv reads
 *   a lone child's pipe before it reaps its exit: measured (bench/exit-race.mjs, Node 16 to 22;
 *   test/e2e/exit-race-busy.test.ts), no output was cut short at 'exit' for a child run alone, at
 *   any size, the parent busy or idle, the next child started at the 'exit'; it is cut only when
 *   another child of the process ends in the same turn, which the code does not show. Reported at
 *   `possible` only: blind audit 22 judged both findings of callers one at a time false, and
 *   audits 24, 26 and 28 judged 7 of 8 findings whose callers could not be seen false (the eighth's
 *   caller, in another module, runs it in `Promise.all`).
 *   Also a `race` whose child runs on an interpreter (`node`, a fork, Python, Java:
 *   last-write.data.ts), wherever it is started: it tears its runtime down for milliseconds after
 *   its last write, and no output was cut short at 'exit' with 4 or 10 such children ending
 *   together, even after process.exit() or an uncaught throw (test/e2e/exit-race-kinds.test.ts;
 *   blind audit 26 judged such findings false, 9 more in audits 10 to 24); only on a machine
 *   loaded far past its cores, with more than a pipe's 64 KiB left at the end, were a few (8 of 500).
 * - `in-example`: a finding in example or demo code (src/test-files.ts: examples/, demo/,
 *   samples/, ...), but a `race`: the demo runs its own fixed input (a fixture, a sample file, a
 *   hello-world page), so the output is as small as that input, and a demo is run by hand by
 *   someone reading it, not by a user's program. Reported at `possible` only: over the blind
 *   audits 1–30, 121 of the 122 call sites judged in such folders could break nothing (audit
 *   30: `ffmpeg -progress` on a 10 s fixture), and the one real was a race, which keeps its tier.
 * - `unreachable`: JS/TS code shown never to run (typescript/unreachable.ts): a module the project
 *   imports only in a commented-out line and names nowhere else, or a top-level function, not
 *   exported, whose name appears nowhere else in the project. Reported at `possible` only, the
 *   message saying why: blind audit 44 judged such a finding false. A module named nowhere at all
 *   (a script run by hand, an entry a framework loads) and an exported function are not judged so
 *   (blind audit 32 judged real a finding in an exported helper nothing in its repository calls).
 */
export type Evidence = 'grows' | 'lives-on' | 'any-size' | 'deadlock' | 'race' | 'shape' | 'can-grow' | 'in-test' | 'external-command' | 'unlisted-program' | 'lone-race' | 'in-example' | 'unreachable';
export declare const EVIDENCE: readonly Evidence[];
/** What a finding carries when the code that made it sets no evidence. */
export declare const DEFAULT_EVIDENCE: Evidence;
/**
 * The levels a run reports from (`--evidence`, config `evidence`), ruff-style names for a
 * threshold: `known` (the default) the firm tiers only, `likely` adds commands from outside and
 * Node output that can grow but need not pass Node's buffers, and firm findings in test code,
 * `possible` adds programs that are merely unlisted. `external-command` is off by
 * default since the blind audits 6, 7, 9, 10, 11 and 12 judged 9 of its 44 findings real: a
 * command from outside is a build as often as `true`, and a warning wrong four times in five
 * is a warning people learn to ignore.
 */
export type EvidenceLevel = 'known' | 'likely' | 'possible';
export declare const EVIDENCE_LEVELS: readonly EvidenceLevel[];
export declare const DEFAULT_EVIDENCE_LEVEL: EvidenceLevel;
/** The level of each tier: what a run at that level (or a looser one) reports. */
export declare const LEVEL: Record<Evidence, EvidenceLevel>;
/** A finding's severity follows its evidence: `error` for the firm tiers, `warning` otherwise. */
export declare function severityOf(evidence: Evidence): 'error' | 'warning';
/** Whether a finding with this evidence is reported at this level. */
export declare function reportedAt(evidence: Evidence, level: EvidenceLevel): boolean;
/** One line per tier, for `explain`, `rules` and the docs. */
export declare const EVIDENCE_SAYS: Record<Evidence, string>;
/** The tier with the stronger evidence of two. */
export declare function stronger(a: Evidence, b: Evidence): Evidence;
/**
 * What the command alone says, from how the command knowledge decided its class
 * (CommandOutput.basis): a table line that says it grows, a value from outside, or a program
 * named but unlisted. A quiet listed command has no evidence of growth: the tier then comes
 * from the shape (`any-size`, `lives-on`), and this answers `grows` only for what grows.
 */
export declare function commandEvidence(output: Pick<CommandOutput, 'basis'>): Evidence;
/**
 * What a Node child's command says where Node, not the pipe, holds its output: an unread pipe
 * Node drains at the child's exit (about 100–250 KiB) or exec's buffer (maxBuffer, 1 MiB). A
 * program that runs others and can write anything on both streams (a build, a script, a package
 * manager, a shell) rarely writes that much in one run: `can-grow`. One whose output is its data
 * (`cat`, `gzip -c`, a dump: stdout only), grows with what it walks (`find`, `git diff`), with
 * time (a progress line), is a whole document, or a server's log passes it: `grows`.
 */
export declare function nodeBufferEvidence(output: Pick<CommandOutput, 'basis' | 'stdout' | 'stderr' | 'scales' | 'pace' | 'document' | 'serves' | 'livesOn'>): Evidence;
/**
 * A parent that waits for the child (wait() before the read, one pipe read to its end while the
 * other fills, asyncio's `await proc.wait()`) while the child waits on the pipe: the command
 * decides as above, and a command from outside deadlocks the parent as soon as it writes more
 * than the pipe holds, whatever it is. Not a listed command whose count of repetitions is known
 * only at run time (`aireplay-ng -0 N`, basis `count`): it writes a line per repetition, so a few
 * lines for the few a caller asks for; only about a thousand fill the pipe, and a count of 0 (no
 * end) hangs the waiting parent with or without the pipe. Still `external-command`.
 */
export declare function deadlockEvidence(output: Pick<CommandOutput, 'basis'>): Evidence;
