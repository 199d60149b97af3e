export const EVIDENCE = ['grows', 'lives-on', 'any-size', 'deadlock', 'race', 'shape', 'can-grow', 'in-test', 'external-command', 'unlisted-program', 'lone-race', 'in-example', 'unreachable'];
/** What a finding carries when the code that made it sets no evidence. */
export const DEFAULT_EVIDENCE = 'shape';
export const EVIDENCE_LEVELS = ['known', 'likely', 'possible'];
export const DEFAULT_EVIDENCE_LEVEL = 'known';
/** The level of each tier: what a run at that level (or a looser one) reports. */
export const LEVEL = {
    grows: 'known',
    'lives-on': 'known',
    'any-size': 'known',
    deadlock: 'known',
    shape: 'known',
    'can-grow': 'likely',
    'in-test': 'likely',
    race: 'known',
    'external-command': 'likely',
    'unlisted-program': 'possible',
    'lone-race': 'possible',
    'in-example': 'possible',
    unreachable: 'possible',
};
/** A finding's severity follows its evidence: `error` for the firm tiers, `warning` otherwise. */
export function severityOf(evidence) {
    return LEVEL[evidence] === 'known' ? 'error' : 'warning';
}
/** Whether a finding with this evidence is reported at this level. */
export function reportedAt(evidence, level) {
    return EVIDENCE_LEVELS.indexOf(LEVEL[evidence]) <= EVIDENCE_LEVELS.indexOf(level);
}
/** One line per tier, for `explain`, `rules` and the docs. */
export const EVIDENCE_SAYS = {
    grows: 'the command table knows the command writes more than the pipe or buffer holds',
    'lives-on': 'the child outlives the call (a server, a GUI program, a child the code stops), and a trickle passes the pipe over its life',
    'any-size': 'it breaks whatever the command writes (a pipe closed at once, a failure or an exit status lost)',
    deadlock: 'the parent waits for a child that waits on a pipe only the parent can drain, for a command from outside',
    shape: 'the shape of the code alone (the check that made it states no finer evidence)',
    'can-grow': "the command's output can grow, but Node breaks it only past what it holds for the child (about 100–250 KiB at exit, 1 MiB of maxBuffer)",
    'in-test': "it runs in test code, on the test's own fixtures: its output is as small as they are, and a hang or a kill fails the test in front of its maintainers",
    race: "output the code uses is taken before all of it is read (at a child's 'exit', not 'close'), for children the code starts several at a time: cut short or empty when they end in the same turn",
    'external-command': 'the command is a value from outside this code (a parameter, a setting, a hook): it can be anything; or a count given at run time decides how much it writes',
    'unlisted-program': 'the program is named here but the command table does not list it: its output is only assumed to grow',
    'lone-race': "output taken at a child's 'exit' where nothing here starts it alongside others (callers one at a time, or not seen), or that an interpreter writes (node, Python): measured, neither is cut short (a lone child is read before its exit, busy or idle; an interpreter tears down after its last write); it is cut only when a native program's exit comes with its output and with other children's",
    'in-example': "it runs in example or demo code, on the demo's own fixed input: its output is as small as that input, and the demo is run by hand by someone reading it",
    unreachable: 'JS/TS code that cannot run: its module is imported only in a commented-out line, or its function (not exported) is called nowhere in the project',
};
/** The tier with the stronger evidence of two. */
export function stronger(a, b) {
    return EVIDENCE.indexOf(a) <= EVIDENCE.indexOf(b) ? a : b;
}
/**
 * What the command alone says, from how the command knowledge decided its class
 * (CommandOutput.basis): a table line that says it grows, a value from outside, or a program
 * named but unlisted. A quiet listed command has no evidence of growth: the tier then comes
 * from the shape (`any-size`, `lives-on`), and this answers `grows` only for what grows.
 */
export function commandEvidence(output) {
    switch (output.basis) {
        case 'value':
        case 'count':
            return 'external-command';
        case 'unlisted':
            return 'unlisted-program';
        default:
            return 'grows';
    }
}
/**
 * What a Node child's command says where Node, not the pipe, holds its output: an unread pipe
 * Node drains at the child's exit (about 100–250 KiB) or exec's buffer (maxBuffer, 1 MiB). A
 * program that runs others and can write anything on both streams (a build, a script, a package
 * manager, a shell) rarely writes that much in one run: `can-grow`. One whose output is its data
 * (`cat`, `gzip -c`, a dump: stdout only), grows with what it walks (`find`, `git diff`), with
 * time (a progress line), is a whole document, or a server's log passes it: `grows`.
 */
export function nodeBufferEvidence(output) {
    const own = commandEvidence(output);
    if (own !== 'grows')
        return own;
    const runsAnything = output.stdout === 'unbounded' && output.stderr === 'unbounded';
    return !runsAnything || output.scales || output.pace || output.document || output.serves || output.livesOn ? 'grows' : 'can-grow';
}
/**
 * A parent that waits for the child (wait() before the read, one pipe read to its end while the
 * other fills, asyncio's `await proc.wait()`) while the child waits on the pipe: the command
 * decides as above, and a command from outside deadlocks the parent as soon as it writes more
 * than the pipe holds, whatever it is. Not a listed command whose count of repetitions is known
 * only at run time (`aireplay-ng -0 N`, basis `count`): it writes a line per repetition, so a few
 * lines for the few a caller asks for; only about a thousand fill the pipe, and a count of 0 (no
 * end) hangs the waiting parent with or without the pipe. Still `external-command`.
 */
export function deadlockEvidence(output) {
    const own = commandEvidence(output);
    return own === 'external-command' && output.basis !== 'count' ? 'deadlock' : own;
}
