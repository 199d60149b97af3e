import type { SyntaxNode } from './parse.js';
/**
 * Ex) kwargs = dict(stdin=subprocess.PIPE, stdout=subprocess.PIPE, creationflags=0)
 *     if os.name == 'nt': kwargs['creationflags'] = CREATE_NEW_PROCESS_GROUP
 *     self._proc = subprocess.Popen(cmd, startupinfo=info, **kwargs)
 * The keyword arguments a call takes from `**name`, where the code writes them: the name bound
 * once in its function (or the module) to a dict display or a `dict(...)` call of keywords, and
 * used otherwise only to store other literal keys or to be spread (audit 13: yt-dlg's
 * _create_process()). A key stored once before the call (`kwargs.update(stdout=PIPE)`,
 * `kw['stdout'] = PIPE`, also into a `**kwargs` parameter) is the value stored (audit 31: pytek's
 * process()); under a test, it is PIPE on the runs that pass it (pipe-choice.ts). `absent`: the
 * dict is known and has no such key; `unknown`: it cannot be seen (a parameter, a dict filled in a
 * loop, `update()` of another dict, a key known only at run time).
 */
export type SplatKeyword = {
    value: SyntaxNode;
} | 'absent' | 'unknown';
export declare function splatKeyword(splat: SyntaxNode, keyword: string): SplatKeyword;
/**
 * The statement that writes `value` into a dict later spread into a call (`kw.update(stdout=PIPE)`,
 * `kw['stdout'] = PIPE`), when `value` is such a write's value; null otherwise.
 */
export declare function splatWriteStatement(value: SyntaxNode): SyntaxNode | null;
