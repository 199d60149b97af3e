import type { CommandSite } from '../shell-fds.js';
/** A background job that ends at once: its first word is a quick builtin. */
export declare function endsAtOnce(words: readonly string[]): boolean;
/** The command a line leaves in the background (its first words) and which of the line's own streams it holds. */
export interface LeftBehind {
    command: string;
    stdout: boolean;
    stderr: boolean;
}
/**
 * Ex) `head -c 1000 /dev/zero; (sleep 0.3; head -c 1000 /dev/zero) &` -> `sleep 0.3`, stdout and stderr.
 * The first command of the line (`sites`, its commandSites) run in the background whose stdout or
 * stderr is the line's own, when nothing after it waits for it (`wait`); null otherwise.
 */
export declare function backgrounded(sites: readonly CommandSite[]): LeftBehind | null;
