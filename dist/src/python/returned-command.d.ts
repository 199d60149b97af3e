import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/**
 * Ex) def generate_tshark_command(self):
 *         ...
 *         return "sudo tshark -T ek -r " + pcap + " > " + out
 *     cmd = self.generate_tshark_command(); Popen(cmd, shell=True, stdout=PIPE, stderr=PIPE).wait()
 * A command built by a function of this module (`build()`) or a method of the class around the
 * call (`self.build()`): what it runs is what the function returns (audit 35: MeasurementFramework's
 * tshark line ends in `> file`, so its stdout carries nothing). The values of its `return`
 * statements (those of nested functions left out; `return` and `return None` too, which run no
 * command); null when the function is not found here, or returns nothing else.
 */
export declare function returnedValues(call: SyntaxNode, model: PythonModel): SyntaxNode[] | null;
export declare const MAX_RETURN_DEPTH = 3;
