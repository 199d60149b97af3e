import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * exec's shell line, with a leading program that only a name shows (`rgPath + ' --vimgrep'`)
 * written in; when it starts with a choice of written texts (`const open = mac ? 'open' :
 * 'xdg-open'`, `var line = jack ? 'omxplayer -o local ' : 'omxplayer -o hdmi '`), one line per choice;
 * when a part of it chooses between written words (shellChoices), one line per choice too.
 */
export declare function shellTexts(model: JsModel, expr: TS.Expression, depth?: number): (string | null)[];
