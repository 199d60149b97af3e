import { stageOf } from './held-stages.js';
/**
 * Ex) p = Popen(['jack_capture', ...], stdout=PIPE, stderr=PIPE)
 *     with open('recording.pid', 'w') as out: out.write('%d' % p.pid)
 * The child's pid written to a file: a pid file, kept so that another process (a stop script, a
 * service manager, the next run) can signal the child later. The code means the child to outlive
 * it, running until someone stops it (a recorder, a daemon, a tunnel), so the pipes it was given
 * close under it when this process exits and its next write kills it (blind audit 45:
 * muspractice's recording hook, whose recorder ended seconds after it started). That is what the
 * code shows of the child's life, whatever the program: the evidence `lives-on`.
 *
 * Not a pid only printed or logged (a message to a person), kept in a variable, or returned.
 */
// `f.write(...)`, `f.writelines(...)`, `print(..., file=f)`, `json.dump(x, f)`: a call that writes into a file.
function writesToFile(ctx, call) {
    const fn = call.childForFieldName('function');
    if (!fn)
        return false;
    if (fn.type === 'attribute' && ['write', 'writelines'].includes(fn.childForFieldName('attribute')?.text ?? ''))
        return true;
    const name = ctx.model.qualifiedName(fn) ?? fn.text;
    if (['json.dump', 'pickle.dump', 'yaml.dump', 'yaml.safe_dump'].includes(name))
        return true;
    if (fn.type === 'identifier' && fn.text === 'print') {
        const args = call.childForFieldName('arguments')?.namedChildren ?? [];
        return args.some((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'file');
    }
    return false;
}
/** The call that writes the pid of the Popen `call`'s handle into a file, or null. */
export function pidRecorded(ctx, call) {
    const stage = stageOf(ctx, call);
    for (const ev of stage?.all ?? []) {
        const n = ev.node;
        if (ev.kind !== 'neutral' || n.type !== 'attribute' || n.childForFieldName('attribute')?.text !== 'pid')
            continue;
        for (let up = n.parent; up && up.type !== 'expression_statement' && up.type !== 'block'; up = up.parent) {
            if (up.type === 'call' && writesToFile(ctx, up))
                return up;
        }
    }
    return null;
}
