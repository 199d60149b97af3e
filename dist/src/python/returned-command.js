import { calleeOf } from './handoff.js';
import { unparenthesize } from './semantic.js';
/**
 * Ex) def generate_tshark_command(self):
 *         ...
 *         return "sudo tshark -T ek -r " + pcap + " > " + out
 *     cmd = self.generate_tshark_command(); Popen(cmd, shell=True, stdout=PIPE, stderr=PIPE).wait()
 * A command built by a function of this module (`build()`) or a method of the class around the
 * call (`self.build()`): what it runs is what the function returns (audit 35: MeasurementFramework's
 * tshark line ends in `> file`, so its stdout carries nothing). The values of its `return`
 * statements (those of nested functions left out; `return` and `return None` too, which run no
 * command); null when the function is not found here, or returns nothing else.
 */
export function returnedValues(call, model) {
    const callee = calleeOf(model, call);
    if (!callee || callee.cls)
        return null;
    const body = callee.def.childForFieldName('body');
    if (!body)
        return null;
    const out = [];
    for (const stmt of body.descendantsOfType('return_statement')) {
        if (!ownStatement(stmt, callee.def))
            continue;
        const value = stmt.namedChildren.find((c) => c.type !== 'comment');
        if (!value || unparenthesize(value).type === 'none')
            continue;
        // Ex) return cmd, out: a tuple is no command line.
        if (value.type === 'expression_list')
            return null;
        out.push(value);
    }
    return out.length ? out : null;
}
// The return belongs to `def` itself, not to a function, lambda or class defined inside it.
function ownStatement(stmt, def) {
    for (let n = stmt.parent; n; n = n.parent) {
        if (n.id === def.id)
            return true;
        if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition')
            return false;
    }
    return false;
}
// How many calls deep a command is followed through returned values (`a()` returning `b()`), so
// that a recursive builder ends.
export const MAX_RETURN_DEPTH = 3;
