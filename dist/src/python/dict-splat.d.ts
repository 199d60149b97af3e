import type { SyntaxNode } from './parse.js';
/**
 * Ex) kwargs = dict(stdin=subprocess.PIPE, stdout=subprocess.PIPE, creationflags=0)
 *     if os.name == 'nt': kwargs['creationflags'] = CREATE_NEW_PROCESS_GROUP
 *     self._proc = subprocess.Popen(cmd, startupinfo=info, **kwargs)
 * The keyword arguments a call takes from `**name`, where the code writes them: the name bound
 * once in its function (or the module) to a dict display or a `dict(...)` call of keywords, and
 * used otherwise only to store other literal keys or to be spread (audit 13: yt-dlg's
 * _create_process()). `absent`: the dict is known and has no such key; `unknown`: it cannot be
 * seen (a parameter, a dict filled in a loop, `update()`, a key known only at run time).
 */
export type SplatKeyword = {
    value: SyntaxNode;
} | 'absent' | 'unknown';
export declare function splatKeyword(splat: SyntaxNode, keyword: string): SplatKeyword;
