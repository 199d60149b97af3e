import { type ProjectResolution } from './resolve.js';
/** The resolution lint.ts hands to resolve.ts (resolveThroughProject) before any model resolves a name. */
export declare const throughProject: ProjectResolution;
