import { outerExpression, unparenthesize } from './semantic.js';
import { literalText } from './command-text.js';
/**
 * Ex) try:
 *         subprocess.Popen('ant.bat', stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
 *     except Exception:
 *         sys.exit('ERROR! Could not find or execute ant.bat.')
 *
 * A probe for a program's presence: a Popen dropped as a statement of its own, with the program
 * alone (no argument: nothing asked of it), inside a `try` whose handler catches the failure to
 * start it (OSError and its spellings, Exception, a bare `except`). What the code wants is whether
 * the program starts; it asks it to do nothing, keeps nothing of it, and never looks at its output
 * or its end. Whatever the program does when started bare (a usage text, a default build), that
 * work and that output are not wanted, so the pipe nobody reads can lose nothing the code wanted
 * (audit 21: ccm's `ant.bat` check on Windows).
 */
export function presenceProbe(model, call, args) {
    const statement = outerExpression(call).parent;
    if (statement?.type !== 'expression_statement')
        return false;
    if (!args || !bareProgram(args))
        return false;
    const block = statement.parent;
    const tryNode = block?.type === 'block' ? block.parent : null;
    if (tryNode?.type !== 'try_statement' || tryNode.childForFieldName('body')?.id !== block.id)
        return false;
    return tryNode.namedChildren.some((c) => c.type === 'except_clause' && catchesStartFailure(model, c));
}
// Ex) 'ant.bat' / ['ant.bat'] / ('gs',): one word, the program alone.
function bareProgram(args) {
    const n = unparenthesize(args);
    const items = n.type === 'list' || n.type === 'tuple' ? n.namedChildren.filter((c) => c.type !== 'comment') : [n];
    if (items.length !== 1)
        return false;
    const text = literalText(items[0]);
    return text !== null && /^\S+$/.test(text);
}
/** What a failure to start a program raises (FileNotFoundError, PermissionError, OSError on Windows), and what holds them. */
const START_FAILURES = new Set(['OSError', 'FileNotFoundError', 'PermissionError', 'EnvironmentError', 'IOError', 'WindowsError', 'Exception', 'BaseException']);
// Ex) except OSError:  /  except (OSError, ValueError) as e:  /  except:
function catchesStartFailure(model, clause) {
    const first = clause.namedChildren.find((c) => c.type !== 'comment' && c.type !== 'block');
    if (!first)
        return true;
    const caught = first.type === 'as_pattern' ? first.namedChildren[0] : first;
    const c = unparenthesize(caught);
    const types = c.type === 'tuple' ? c.namedChildren.filter((x) => x.type !== 'comment') : [c];
    return types.some((t) => START_FAILURES.has(model.qualifiedName(t) ?? t.text) || START_FAILURES.has(t.text));
}
