import type { SyntaxNode } from './parse.js';

const STOPS = new Set(['for_statement', 'while_statement', 'lambda', 'class_definition']);

/**
 * Ex) while self.proc.poll() is None: self.read_stdout()   with   def read_stdout(self): line = self.proc.stdout.readline() ...
 * Ex) def pump(): log.append(p.stdout.readline())   ...   while p.poll() is None: pump()
 * A read that sits in no loop of its own, in a method of the class or in a function local to
 * another: it runs where that function is called, and each call is where the read happens (audit
 * 29: OneDriveGUI's sync worker). Null when the function is used otherwise (a thread's target, a
 * callback: it runs elsewhere, at other times), is decorated (a property, a slot), or is never called.
 */
export function readerCalls(read: SyntaxNode): { calls: SyntaxNode[]; reader: string } | null {
  let fn: SyntaxNode | null = null;
  for (let n = read.parent; n; n = n.parent) {
    if (n.type === 'function_definition') {
      fn = n;
      break;
    }
    if (STOPS.has(n.type)) return null;
  }
  const nameNode = fn?.childForFieldName('name');
  if (!fn || !nameNode || fn.parent?.type !== 'block') return null;
  const holder = fn.parent.parent;
  const method = holder?.type === 'class_definition';
  if (!holder || (!method && holder.type !== 'function_definition')) return null;
  const name = nameNode.text;
  const calls: SyntaxNode[] = [];
  const stack = [holder];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'identifier' && n.text === name && n.id !== nameNode.id) {
      // Ex) self.read_stdout()  /  pump()
      const callee = method ? n.parent : n;
      if (method && (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.id !== n.id)) continue;
      if (method && callee!.childForFieldName('object')?.text !== 'self') return null;
      const call = callee!.parent;
      if (call?.type !== 'call' || call.childForFieldName('function')?.id !== callee!.id) return null;
      calls.push(call);
    }
    stack.push(...n.namedChildren);
  }
  calls.sort((a, b) => a.startIndex - b.startIndex);
  return calls.length ? { calls, reader: `${method ? 'self.' : ''}${name}()` } : null;
}
