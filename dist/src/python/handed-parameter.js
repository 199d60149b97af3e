import { classifyArgv, classifyShell, handedOnLine } from '../knowledge/commands.js';
import { PLACEHOLDER } from '../shell.js';
import { itemsWords } from './argv.js';
import { commandOf } from './command.js';
import { unparenthesize } from './semantic.js';
import { parameterOf } from './wrappers.js';
// Stands for the parameter's word while the program's line is looked for; no written word holds it.
const MARK = '\uE001';
export function handedParameter(args, model) {
    const list = args && unparenthesize(args);
    if (!list || (list.type !== 'list' && list.type !== 'tuple'))
        return null;
    const items = list.namedChildren.filter((c) => c.type !== 'comment');
    if (items.some((c) => c.type === 'list_splat'))
        return null;
    const found = items.map((c, i) => ({ i, param: i > 0 && unparenthesize(c).type === 'identifier' ? parameterOf(model, c, true) : null })).filter((p) => p.param);
    if (found.length !== 1)
        return null;
    const { i: at, param } = found[0];
    const words = itemsWords(items, model);
    if (words.length !== items.length)
        return null;
    // The parameter must begin the line the program hands on: then it is the command that runs.
    const marked = words.map((w, i) => (i === at ? MARK : w));
    if (!handedOnLine(marked)?.startsWith(MARK))
        return null;
    const classify = (m, arg) => {
        // An argv list passed for one word, or nothing: not a command line known here.
        if (!arg || ['list', 'tuple'].includes(unparenthesize(arg).type))
            return classifyShell(null);
        const text = commandOf(arg, m).text;
        // A command not known statically, or one that starts with a word not known: its program is not known.
        if (text.trim() === '' || text.trimStart().startsWith(PLACEHOLDER))
            return classifyShell(null);
        return classifyArgv(words.map((w, i) => (i === at ? text : w)));
    };
    return { wrapper: param, classify };
}
