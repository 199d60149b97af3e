import { includesBefore } from '../knowledge/targets.js';
import { devnullFile, subprocessModule } from './edit.js';
import { unparenthesize } from './semantic.js';
/**
 * The devnull fix of a pipe nobody reads: each never-read PIPE becomes DEVNULL, or an open
 * devnull where the target has no DEVNULL (Python 2, 3.0-3.2) - a handle already in scope is
 * reused; an existing `DEVNULL` import or `subprocess` alias too.
 */
export function devnullFix(ctx, call, values) {
    // Only a literal PIPE becomes DEVNULL: `stdout=pipeout` (PIPE on some runs) keeps the runs that capture.
    if (values.length === 0 || values.some((v) => ctx.model.qualifiedName(unparenthesize(v)) !== 'subprocess.PIPE'))
        return null;
    // A PIPE spread from a dict (`**kwargs`, dict-splat.ts) may serve other calls too: left as written.
    if (values.some((v) => v.startIndex < call.startIndex || v.endIndex > call.endIndex))
        return null;
    const edits = [];
    for (const value of values) {
        const v = unparenthesize(value);
        if (includesBefore(ctx.versions, [3, 3]))
            edits.push({ start: v.startIndex, end: v.endIndex, content: devnullFile(ctx.model, call) });
        else if (v.type === 'attribute') {
            const attr = v.childForFieldName('attribute');
            edits.push({ start: attr.startIndex, end: attr.endIndex, content: 'DEVNULL' });
        }
        else {
            const devnull = ctx.model.lookup('DEVNULL', ctx.model.scopeOf(call));
            if (devnull && devnull.bindings.every((b) => b.kind === 'import' && b.qualified === 'subprocess.DEVNULL')) {
                edits.push({ start: v.startIndex, end: v.endIndex, content: 'DEVNULL' });
            }
            else {
                const sp = subprocessModule(ctx.model, ctx.source, call);
                if (!sp)
                    return null;
                edits.push(...sp.edits, { start: v.startIndex, end: v.endIndex, content: `${sp.name}.DEVNULL` });
            }
        }
    }
    return { strategy: 'devnull', applicability: 'safe', description: 'Send the output nobody reads to /dev/null instead of a pipe', edits };
}
