import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
let root;
/**
 * The package's folder (the one holding its package.json): the same answer from src/ (tests),
 * dist/src/ (tsc's output, the API) and dist/bundle/ (the CLI's bundle), whose depths differ.
 */
export function packageRoot() {
    if (root === undefined) {
        let dir = path.dirname(fileURLToPath(import.meta.url));
        while (!fs.existsSync(path.join(dir, 'package.json'))) {
            const up = path.dirname(dir);
            if (up === dir)
                throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
            dir = up;
        }
        root = dir;
    }
    return root;
}
