import type { ts as TS } from 'ts-morph';
import { classifyArgv, classifyShell, type CommandOutput } from '../knowledge/commands.js';
import { PLACEHOLDER } from '../shell.js';
import { ts } from './load.js';
import { changedAfterDeclaration, commandText, optionsOf, shapeOf } from './options.js';
import { type JsModel, skipOuter } from './resolve.js';
import { propertyKey } from './scope.js';

/**
 * What the command of a child_process call writes, read from the call's arguments as far as
 * the source shows them and looked up in the command knowledge (src/knowledge/commands.ts).
 * Anything not known statically is output that can grow.
 */

/** The words of an argument array: literals, templates (interpolations unknown), `'a b'.split(' ')`. */
function argvWords(model: JsModel, expr: TS.Expression | undefined): (string | null)[] {
  if (!expr) return [];
  const e = model.initializerOf(expr);
  if (ts.isArrayLiteralExpression(e) && !changedAfterDeclaration(model, expr, null)) {
    const words: (string | null)[] = [];
    for (const el of e.elements) {
      if (ts.isSpreadElement(el)) return [...words, null];
      words.push(commandText(model, el));
    }
    return words;
  }
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'split') {
    const text = commandText(model, e.expression.expression);
    if (text !== null) return text.split(/\s+/).filter(Boolean);
  }
  return [null];
}

/** `shell: true` (or a shell path) in the options literal; 'unknown' when it cannot be told. */
function usesShell(model: JsModel, call: TS.CallExpression): boolean | 'unknown' {
  const options = optionsOf(model, call, true);
  if (!options) return 'unknown';
  if (options.opaque) return 'unknown';
  if (!options.object) return false;
  for (const p of options.object.properties) {
    if (ts.isSpreadAssignment(p)) return 'unknown';
    if (propertyKey(p.name) !== 'shell') continue;
    if (!ts.isPropertyAssignment(p)) return 'unknown';
    const v = skipOuter(p.initializer);
    if (v.kind === ts.SyntaxKind.FalseKeyword) return false;
    return v.kind === ts.SyntaxKind.TrueKeyword || ts.isStringLiteralLike(v) ? true : 'unknown';
  }
  return false;
}

function word(model: JsModel, e: TS.Expression | undefined): string | null {
  if (!e) return null;
  // process.execPath is the running node.
  const v = model.initializerOf(e);
  if (ts.isPropertyAccessExpression(v) && v.getText() === 'process.execPath' && !model.lookup(v.expression as TS.Identifier)) return 'node';
  // getBinPath('go'), which.sync('ffmpeg'), resolveTool('gopls'): a lookup of the program by name.
  if (ts.isCallExpression(v) && v.arguments.length === 1) {
    const callee = v.expression.getText();
    const name = commandText(model, v.arguments[0]!);
    if (name !== null && /^[\w.+-]+$/.test(name) && /(bin|path|which|find|resolve|tool|command|executable)/i.test(callee)) return name;
  }
  return commandText(model, e);
}

/**
 * Output the command knowledge says grows, from what the program is, not from not knowing it:
 * an unlisted or unknown program, or an interpreter running some script, is only "can grow".
 */
export function knownToGrow(out: CommandOutput, stream: 'stdout' | 'stderr'): boolean {
  return out[stream] === 'unbounded' && out.program !== null && !/not known|runs a program/.test(out.evidence);
}

/** What the child of `spawn`/`fork`/`exec`/`execFile` writes on stdout and stderr. */
export function commandOutput(model: JsModel, call: TS.CallExpression, qualified: string): CommandOutput {
  const args = call.arguments;
  const fn = qualified.slice(qualified.lastIndexOf('.') + 1).replace(/\)$/, '');
  if (fn === 'fork') return classifyArgv(['node', word(model, args[0])]);
  if (fn === 'exec') return classifyShell(args[0] ? commandText(model, args[0]) : null);
  const program = word(model, args[0]);
  const second = args[1];
  const words = second && shapeOf(model, second) !== 'object' ? argvWords(model, second) : [];
  const shell = fn === 'spawn' ? usesShell(model, call) : false;
  if (shell === 'unknown') return classifyArgv([program, null]);
  if (shell) return classifyShell([program, ...words].map((w) => w ?? PLACEHOLDER).join(' '));
  return classifyArgv([program, ...words]);
}
