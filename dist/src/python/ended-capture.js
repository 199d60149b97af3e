import { enclosingFunction, handleUses } from './analysis.js';
import { devnullFix } from './devnull-fix.js';
import { endedUnread, readOnlyAfterEnd } from './ended-unread.js';
import { attributeStore, nameEvents } from './pipe-site.js';
import { storedInContainer } from './stored.js';
import { knownToFill } from './waiting-call.js';
import { commandEvidence } from '../knowledge/evidence.js';
/**
 * POP005's reports of a capture nobody reads while the child runs, read only once it is ended
 * (a pause then terminate(), a child on `self` stopped from another method): the shapes are
 * found in ended-unread.ts; this says what they cost and offers the fix.
 */
// Ex) p = Popen(['tcpdump', '-l', ...], stdout=PIPE); time.sleep(10); p.terminate(); out = p.communicate()[0]
// The output is wanted (read after the end) but nothing reads it during the pause: a command
// known to write as it goes blocks at 64 KiB, and the output read after the end stops there.
export function endedCapture(ctx, call, pipes, growing, output) {
    const events = knownToFill(output) && growing.length > 0 ? nameEvents(ctx, call) : null;
    const found = events && endedUnread(ctx.model, call, events.paths[0], growing);
    if (!found) {
        storedEndedCapture(ctx, call, pipes, growing, output);
        return;
    }
    const pause = `${found.pause.childForFieldName('function').text}()`;
    const fnText = found.end.childForFieldName('function');
    const end = fnText?.type === 'attribute' && fnText.childForFieldName('object')?.text !== 'os' ? fnText.childForFieldName('attribute').text : fnText?.text ?? 'terminate';
    const read = found.read.node.type === 'call' ? `${found.read.node.childForFieldName('function')?.text ?? 'the read'}()` : `the loop over ${found.read.node.text}`;
    const who = output.program ? `\`${output.program}\`` : 'the command';
    ctx.report(call, {
        message: `${found.streams.join('/')} pipe of subprocess.Popen() is not read during ${pause} before ${end}() (${output.evidence}): ${who} blocks once it has written 64 KiB and writes nothing more until ${end}(), so what ${read} reads after it stops at those 64 KiB: the rest is lost`,
        fixes: [],
        // Reported only for a command the table lists as writing as it goes.
        evidence: 'grows',
    });
}
// The name of an end call for messages: `kill`, `terminate`, `os.kill`.
function endName(end) {
    const fn = end.childForFieldName('function');
    return fn?.type === 'attribute' && fn.childForFieldName('object')?.text !== 'os' ? fn.childForFieldName('attribute').text : fn?.text ?? 'terminate';
}
function functionName(node) {
    const fn = enclosingFunction(node);
    return fn?.childForFieldName('name')?.text ?? null;
}
// Ex) def start(): global _server; _server = Popen(cmd, stdout=PIPE, stderr=PIPE)
// A module global set by one function and used by others holds the child as `self.x` would.
function globalStore(ctx, call) {
    const handle = handleUses(ctx.model, call);
    const fn = handle && enclosingFunction(call);
    if (!handle || !fn)
        return null;
    const name = handle.name.text;
    const declared = (fn.childForFieldName('body')?.namedChildren ?? []).some((st) => st.type === 'global_statement' && st.namedChildren.some((n) => n.text === name));
    const events = declared ? nameEvents(ctx, call) : null;
    return events && { holder: name, events: events.all };
}
// Ex) def start(self): self.cap = Popen(['tcpdump', '-l', ...], stdout=PIPE)
//     def stop(self): self.cap.terminate(); return self.cap.communicate()[0]
// Read only after the child is ended, in every method that reads it: nothing reads it while it runs.
//
// Ex) def _popen(self): self._proc = Popen(self._command, stdout=PIPE, stderr=PIPE)
//     def _read(self): self.out, self.err = self._proc.communicate()
//     def stop(self): self._proc.kill(); self._proc.wait(); self._read()
// A child the code stops from another method than the one that starts it runs until then (a
// server, a display, a tunnel, a recorder): whatever it is, it writes for its whole life (a log
// line per client, per reset, per warning), and a pipe read only once it is stopped holds 64 KiB
// of that life. Reported for a command not known statically too (evidence: the command), where
// the capture shape above needs a command listed as writing as it goes.
function storedEndedCapture(ctx, call, pipes, growing, output) {
    if (growing.length === 0)
        return;
    const stored = attributeStore(ctx, call) ?? storedInContainer(ctx.model, call) ?? globalStore(ctx, call);
    const found = stored && readOnlyAfterEnd(ctx.model, call, stored.holder, stored.events, growing);
    if (!found)
        return;
    const end = endName(found.end);
    const where = functionName(found.end) ? ` in ${functionName(found.end)}()` : '';
    const read = found.read.node.type === 'call' ? `${found.read.node.childForFieldName('function')?.text ?? 'the read'}()` : `the loop over ${found.read.node.text}`;
    const who = output.program ? `\`${output.program}\`` : 'the command';
    // Nobody reads the pipe while the child runs: /dev/null keeps it running, but what the code
    // reads after the end (a capture's lines, a log for a message) is lost: unsafe.
    const values = found.streams.map((st) => (st === 'stdout' ? pipes.stdout : pipes.stderr)).filter((v) => v !== null);
    const devnull = found.longLived ? devnullFix(ctx, call, values) : null;
    const fixes = devnull ? [{ ...devnull, applicability: 'unsafe', description: `Send the output to /dev/null (what ${read} reads after the end is lost)` }] : [];
    if (knownToFill(output)) {
        ctx.report(call, {
            message: `${found.streams.join('/')} pipe of subprocess.Popen() stored in \`${stored.holder}\` is read only after ${end}()${where} (${output.evidence}): nothing reads it while the command runs, so ${who} blocks once it has written 64 KiB and writes nothing more until ${end}(), and what ${read} reads stops at those 64 KiB: the rest is lost`,
            fixes,
            // Reported only for a command the table lists as writing as it goes.
            evidence: 'grows',
        });
        return;
    }
    if (!found.longLived)
        return;
    const stop = endName(found.longLived);
    const from = functionName(call);
    const by = functionName(found.longLived);
    const life = `${from ? `started in ${from}()` : 'started here'}, it runs until ${by ? `${by}() ends it with ${stop}()` : `${stop}() ends it`}`;
    const readIn = functionName(found.read.node);
    ctx.report(call, {
        message: `${found.streams.join('/')} pipe of subprocess.Popen() stored in \`${stored.holder}\` is read only once the child is stopped (${output.evidence}): ${life}, and ${read}${readIn ? ` in ${readIn}()` : ''} comes only once it is ended or has exited: nothing reads the pipe while it runs, so once ${who} has written 64 KiB over its life (a server's or a daemon's log: a line per client, per warning) it blocks on its next write and stops working until it is ended`,
        fixes,
        evidence: commandEvidence(output),
    });
}
