/**
 * Parses made in this thread, and the characters they covered (tests and measurements: issue 17).
 * Apart from parse.ts so that the CLI and the pool read it without loading the parser.
 */
export const parseCounts = { parses: 0, chars: 0 };
