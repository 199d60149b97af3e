import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
import { type Binding } from './scope.js';
/**
 * The text of a command as the source writes it: string literals, templates, `+` sums, a `let`
 * line built by appending, `[...].join(' ')`, `util.format`, what a local function returns, and
 * the values a loop variable takes from a list written here. What is only known at run time is
 * PLACEHOLDER.
 */
/**
 * The shell command text, with interpolations as PLACEHOLDER: literals, templates, `+`
 * concatenations, and a name bound once to one of those. null when nothing literal is seen.
 */
export declare function commandText(model: JsModel, expr: TS.Expression, depth?: number): string | null;
/** The array literal of `[...].join(' ')` (a written separator of spaces), or null. */
export declare function joinedArray(call: TS.CallExpression): TS.ArrayLiteralExpression | null;
/** The values a local function returns (not those of functions nested in it); null when it is not one. */
export declare function returnsOf(model: JsModel, call: TS.CallExpression): TS.Expression[] | null;
/** The argument a `util.format` call puts first in its text (`util.format('"%s" %s', bin, ...)`: bin). */
export declare function formatLead(model: JsModel, e: TS.Expression): TS.Expression | null;
/**
 * Ex) let cmd = 'yt-dlp -o out ' + url; if (open) cmd += ' --get-filename';
 *     -> ['yt-dlp -o out … --get-filename', 'yt-dlp -o out …']
 * A `let` line some of whose appends run only under a condition: the line with every append, and
 * the line with only those that always run (a flag appended for one mode, `--get-filename`, must
 * not make the line quiet in the others). null when every append always runs.
 */
export declare function builtTexts(model: JsModel, expr: TS.Expression): string[] | null;
/**
 * Ex) `out + d`, `{ d }`, `f(d)` mention `d`; `x.d`, `{ d: 1 }` and `(d) => d.kill()` (another `d`) do not.
 * Whether `e` reads (or writes) one of the bindings: an identifier in a reference position that
 * resolves to it, not a property name or a name a nested function declares again.
 */
export declare function mentions(model: JsModel, e: TS.Node, b: Binding | ReadonlySet<Binding>): boolean;
/**
 * The values a loop variable takes from a list written here: `for (const cmd of ['git add -A',
 * 'git push'])`, `['make', 'npm test'].forEach((cmd) => exec(cmd))`, or a const bound to such an
 * array (or a `let` one never assigned again). Each element that is not a spread; null for any other name.
 */
export declare function loopValues(model: JsModel, expr: TS.Expression): TS.Expression[] | null;
