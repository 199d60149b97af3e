import { forgetEnginesTargets } from './knowledge/node.js';
import { forgetProjectTargets } from './knowledge/targets.js';
import { forgetProjectFolders } from './project-folder.js';
import { forgetRealPaths } from './real-path.js';
import { forgetModuleFiles } from './typescript/module-file.js';
import { forgetProjectSources } from './typescript/project-reads.js';
import { forgetRepositoryTexts } from './typescript/repository-texts.js';
/**
 * What a run learns of the folders around the files it lints is kept for the process: real paths
 * (real-path.ts), each folder's project, repository and package.json folder (project-folder.ts),
 * the Python and Node versions the nearest project files declare (knowledge/targets.ts,
 * knowledge/node.ts), the file a module's relative specifier names (typescript/module-file.ts), the
 * text of a project's JS/TS modules, read for callers and readers elsewhere (typescript/project-reads.ts),
 * every text file of a repository, read to judge code unreachable (typescript/repository-texts.ts).
 * A CLI run lints a fixed tree; a long-lived process (`popenlint server`) calls this when the
 * tree may have changed (a document opened or saved, a watched file changed), so that a `.git`,
 * `pyproject.toml`, `package.json` or module made since a folder was looked at is seen.
 */
export function forgetPathCaches() {
    forgetRealPaths();
    forgetProjectFolders();
    forgetProjectTargets();
    forgetEnginesTargets();
    forgetModuleFiles();
    forgetProjectSources();
    forgetRepositoryTexts();
}
