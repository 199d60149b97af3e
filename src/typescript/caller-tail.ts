import type { ts as TS } from 'ts-morph';
import { classifyShell, type CommandOutput } from '../knowledge/commands.js';
import { PLACEHOLDER } from '../shell.js';
import { loudest, usesShell } from './command.js';
import { ts } from './load.js';
import { importedConstant } from './project-constants.js';
import { type JsModel, skipOuter } from './resolve.js';
import { shellTexts } from './shell-line.js';

/**
 * Ex) export default function spawnPandoc(command, options, cb) { exec("pandoc " + command, options, cb); }
 * A shell line whose program is written here and whose remaining words are, whole, a parameter of
 * the function around the call (`'pandoc ' + command`, `` `pandoc ${command}` ``): its callers
 * choose the words, and each caller's line is the written part with its text in the parameter's
 * place, judged by the command table (`pandoc -s ${path} -o ${out}` writes to a file). As for
 * `git(args, cb)` (callerWordsOf), the callers are those in the wrapper's module and in the
 * modules that import it, a default export included, outside the tests; the loudest decides.
 * This gives the function and how one caller's line is judged (caller-commands.ts runs the
 * callers); null when the line is not of that shape.
 */
export function tailOf(model: JsModel, call: TS.CallExpression, qualified: string): { fn: TS.SignatureDeclaration; judge: (site: { model: JsModel; call: TS.CallExpression }) => CommandOutput } | null {
  const name = qualified.replace(/^promisify\((.*)\)$/, '$1');
  const shell = /\.exec(Sync)?$/.test(name) || (/\.spawn(Sync)?$/.test(name) && usesShell(model, call) === true);
  const first = call.arguments[0];
  if (!shell || !first || ts.isSpreadElement(first)) return null;
  const parts = lineParts(model.initializerOf(first));
  if (!parts) return null;
  // The last part that is a value is a parameter of the function around the call: the callers'
  // text. Every other is written text, or (before it) another parameter of that function, a word
  // the line names but the table does not judge (`git -C "${repo}" ${command}`: the repository).
  let param: { fn: TS.SignatureDeclaration; index: number; at: number } | null = null;
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    if (typeof p === 'string') continue;
    const ref = paramOf(model, p);
    if (!ref || (param && ref.fn !== param.fn)) return null;
    param ??= { ...ref, at: i };
  }
  if (!param || param.at === 0) return null;
  const before = parts.slice(0, param.at).map((p) => (typeof p === 'string' ? p : PLACEHOLDER)).join('');
  const after = parts.slice(param.at + 1).join('');
  // The program is written: a word, then a space, before the caller's text.
  const program = /^\s*([^\s"'`$]+)\s/.exec(before)?.[1];
  if (!program || program.includes(PLACEHOLDER)) return null;
  const index = param.index;
  return {
    fn: param.fn,
    judge: (site) => {
      const a = site.call.arguments[index];
      if (!a || ts.isSpreadElement(a)) return classifyShell(before + after);
      const constant = importedConstant(site.model, a);
      const texts = constant !== null ? [constant] : shellTexts(site.model, a);
      // A caller whose text is not known leaves the line as written here, its words unknown.
      return loudest(texts.map((t) => classifyShell(before + (t ?? PLACEHOLDER) + after)));
    },
  };
}

/** The parts of a line built by `+` or a template: written text as strings, every other operand as its expression; null for another shape. */
function lineParts(e: TS.Expression): (string | TS.Expression)[] | null {
  const v = skipOuter(e);
  if (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v)) return [v.text];
  if (ts.isTemplateExpression(v)) {
    const out: (string | TS.Expression)[] = [v.head.text];
    for (const span of v.templateSpans) out.push(skipOuter(span.expression), span.literal.text);
    return out;
  }
  if (ts.isBinaryExpression(v) && v.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = lineParts(v.left);
    const right = lineParts(v.right);
    return left && right ? [...left, ...right] : null;
  }
  return [v];
}

/** The function and position of the parameter `e` names, when the function never reassigns it. */
function paramOf(model: JsModel, e: TS.Expression): { fn: TS.SignatureDeclaration; index: number } | null {
  const v = skipOuter(e);
  if (!ts.isIdentifier(v)) return null;
  const b = model.lookup(v);
  if (!b || b.kind !== 'param' || !ts.isParameter(b.decl) || b.decl.dotDotDotToken || model.isReassigned(b)) return null;
  const fn = b.decl.parent;
  if (!ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn) && !ts.isMethodDeclaration(fn)) return null;
  return { fn, index: fn.parameters.indexOf(b.decl) };
}
