import { PythonModel } from './semantic.js';
export declare const baseIndex: Map<string, Map<string, string[]>>;
/**
 * The folder the user named for the file being linted, or null (an editor's buffer, the API):
 * the project of the files below it that no repository or project file claims.
 */
export declare function useNamedFolder(folder: string | null): void;
export declare function pythonFiles(root: string): string[] | null;
export declare function textOf(file: string): string | null;
export declare function indexOf(root: string, files: string[]): Map<string, string[]>;
export declare function importsFile(file: string, def: string): boolean;
export declare function modelOf(file: string): PythonModel | null;
export declare function callerRoot(defFile: string): string | null;
