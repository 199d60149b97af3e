import { scalingTable } from './command-table.js';
import { programNames } from './program-words.js';
import { paceOf } from './commands.data.js';
/**
 * Ex) nmap: with some arguments (`-iL`, a /16) it prints a line per host and port of a large scan.
 * What a program run with argument words that are all known only at run time can write at its
 * loudest, by the SCALING lines: the first line of the program whose output grows, and the words
 * that bring it (its subcommand, the first of its `when` words), for messages; null when no line
 * of the program grows (a quiet program stays quiet, whatever its arguments).
 */
export function loudestScaling(program) {
    const names = programNames(program);
    for (const c of scalingTable().lines(names)) {
        const { entry } = c;
        if (!entry.scales || entry.exact || entry.command.startsWith('*'))
            continue;
        const [, ...subs] = entry.command.split(/\s+/);
        const first = entry.when?.[0]?.split(' ')[0];
        const flag = first && !/^\??\//.test(first) ? first : null;
        const words = [...subs.map((s) => s.split('|')[0]), ...(flag ? [flag] : [])].join(' ');
        const pace = paceOf(entry);
        return { says: entry.says, words, ...(pace ? { pace } : {}) };
    }
    return null;
}
