import { PythonModel } from './semantic.js';
export declare const baseIndex: Map<string, Map<string, string[]>>;
export declare function pythonFiles(root: string): string[] | null;
export declare function textOf(file: string): string | null;
export declare function indexOf(root: string, files: string[]): Map<string, string[]>;
export declare function importsFile(file: string, def: string): boolean;
export declare function modelOf(file: string): PythonModel | null;
export declare function callerRoot(defFile: string): string | null;
