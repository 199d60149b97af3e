import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * A number the code reads from an editor setting the project declares: `config.get('maxBuffer')`,
 * `vscode.workspace.getConfiguration('clang').get('diagnostic.maxBuffer')`, a helper
 * `getConf('diagnostic.maxBuffer')`. The package.json of the project (a VS Code extension's
 * `contributes.configuration`) gives each setting its default, which is what every user gets
 * until they change it.
 */
export interface SettingDefault {
    /** The setting's full name, as the user sees it: `clang.diagnostic.maxBuffer`. */
    name: string;
    value: number;
}
/**
 * Ex) config.get('x.maxBuffer') / workspace.getConfiguration('clang').get('maxBuffer', 0) /
 * getConf<number>('diagnostic.maxBuffer'): the declared default of the one setting the key
 * names (the section and the key, or the only declared setting that ends with the key), when
 * it is a number. Null otherwise.
 */
export declare function settingDefault(model: JsModel, call: TS.CallExpression): SettingDefault | null;
