import type { CommandOutput } from './commands.js';
/**
 * Ex) nmap: with some arguments (`-iL`, a /16) it prints a line per host and port of a large scan.
 * What a program run with argument words that are all known only at run time can write at its
 * loudest, by the SCALING lines: the first line of the program whose output grows, and the words
 * that bring it (its subcommand, the first of its `when` words), for messages; null when no line
 * of the program grows (a quiet program stays quiet, whatever its arguments).
 */
export declare function loudestScaling(program: string): {
    says: string;
    words: string;
    pace?: CommandOutput['pace'];
} | null;
