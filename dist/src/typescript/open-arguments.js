import { loudestScaling } from '../knowledge/loudest-scaling.js';
import { ts } from './load.js';
import { execFileOptionsSecond } from './options.js';
import { skipOuter, stringValue } from './resolve.js';
/**
 * Names that say a value holds a list of argument words (`obj.parameters`, `args`, `nmapOptions`,
 * `extraFlags`), not one word (`host`, `target`, `file`, `url`): blind audit 40 judged
 * `exec('nmap ' + obj.parameters)` of a pentest console real (the user types any scan) and
 * `` exec(`nmap ${host}`) `` of a URL segment not (one host, a few KiB). A name guess by need: both
 * are strings from outside, and only the name says whether one holds a word or the whole scan.
 * execFile's options object (`execFile('nmap', options, cb)`) is told apart first (options.ts).
 */
const ARGUMENT_LIST = /(?:^|[a-z0-9_])(?:params|parameters|args|arguments|argv|options|opts|flags|switches)$/i;
/**
 * `obj.parameters`, `args`, `opts.flags.join(' ')`, `params.split(' ')`: the name of the list the
 * words come from, or null. A local name bound here to anything but a property of another value
 * holds words the code chose (`const args = short ? ['rev-parse', '--short', 'HEAD'] : [...]`,
 * audit 24: oclif's gitSha), which the command knowledge reads already.
 */
function listName(model, e) {
    let v = skipOuter(e);
    if (ts.isCallExpression(v) && ts.isPropertyAccessExpression(v.expression) && ['join', 'split'].includes(v.expression.name.text))
        v = skipOuter(v.expression.expression);
    if (ts.isIdentifier(v)) {
        const b = model.lookup(v);
        if (b && b.kind !== 'param' && !(b.init && ts.isPropertyAccessExpression(skipOuter(b.init))))
            return null;
    }
    const name = ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : null;
    return name && ARGUMENT_LIST.test(name) ? name : null;
}
/**
 * Ex) exec('nmap ' + obj.parameters, cb), exec(`ffmpeg ${args}`), execFile('nmap', params.split(' '), cb)
 * A shell line that is one program word and then, whole, a value named for a list of arguments
 * (or execFile of a written program with such a list): the program is known, its words are not,
 * so it writes what the program writes with any words. Null for any other shape, or a program
 * no SCALING line says can grow (a quiet program stays quiet).
 */
export function openArguments(model, call, qualified) {
    const name = qualified.replace(/^promisify\((.*)\)$/, '$1');
    const [first, second] = call.arguments;
    if (!first || ts.isSpreadElement(first))
        return null;
    let program = null;
    let value = null;
    if (/\.exec(Sync)?$/.test(name)) {
        const e = skipOuter(model.initializerOf(first));
        let head = null;
        if (ts.isTemplateExpression(e) && e.templateSpans.length === 1 && /^\s*$/.test(e.templateSpans[0].literal.text)) {
            head = e.head.text;
            value = e.templateSpans[0].expression;
        }
        else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
            head = stringValue(skipOuter(e.left));
            value = e.right;
        }
        program = head === null ? null : /^\s*([\w./-]+)\s+$/.exec(head)?.[1] ?? null;
    }
    else if (/\.execFile(Sync)?$/.test(name) && second && !ts.isSpreadElement(second) && !execFileOptionsSecond(model, call)) {
        program = stringValue(model.initializerOf(first));
        value = second;
    }
    if (!program || !value || stringValue(skipOuter(value)) !== null || !listName(model, value))
        return null;
    const loudest = loudestScaling(program);
    if (!loudest)
        return null;
    return { program: program.slice(program.lastIndexOf('/') + 1), value: skipOuter(value).getText(), ...loudest };
}
