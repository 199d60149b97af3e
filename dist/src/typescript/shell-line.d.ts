import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * exec's shell line as the texts it can be: a part that chooses between written words, a
 * leading program that only a name shows, a start chosen between written texts.
 */
/**
 * exec's command line as the texts it can be, when a part is a choice between written words:
 * `${platform === 'darwin' ? 'open' : 'xdg-open'} "${dir}"` is `open "…"` or `xdg-open "…"`.
 * null when no part is such a choice (or the choices multiply past eight).
 */
export declare function shellChoices(model: JsModel, expr: TS.Expression): string[] | null;
/**
 * exec's shell line, with a leading program that only a name shows (`rgPath + ' --vimgrep'`)
 * written in; when it starts with a choice of written texts (`const open = mac ? 'open' :
 * 'xdg-open'`, `var line = jack ? 'omxplayer -o local ' : 'omxplayer -o hdmi '`), one line per choice.
 */
export declare function shellTexts(model: JsModel, expr: TS.Expression): (string | null)[];
