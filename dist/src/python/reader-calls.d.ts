import type { SyntaxNode } from './parse.js';
/**
 * Ex) while self.proc.poll() is None: self.read_stdout()   with   def read_stdout(self): line = self.proc.stdout.readline() ...
 * Ex) def pump(): log.append(p.stdout.readline())   ...   while p.poll() is None: pump()
 * A read that sits in no loop of its own, in a method of the class or in a function local to
 * another: it runs where that function is called, and each call is where the read happens (audit
 * 29: OneDriveGUI's sync worker). Null when the function is used otherwise (a thread's target, a
 * callback: it runs elsewhere, at other times), is decorated (a property, a slot), or is never called.
 */
export declare function readerCalls(read: SyntaxNode): {
    calls: SyntaxNode[];
    reader: string;
} | null;
