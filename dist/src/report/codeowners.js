import ignore from 'ignore';
/**
 * CODEOWNERS, as GitHub and GitLab read it: one `pattern owner...` rule per line, gitignore-style
 * patterns relative to the repository root, the last matching rule wins. GitLab's `[Section]`
 * headers start a new section; the owners of a path are the union of each section's last match.
 * Patterns are matched with `ignore` (gitignore rules), which GitHub's syntax follows except for
 * `!` negation and `[ ]` ranges, which GitHub does not support either.
 */
/** Where GitHub and GitLab look for the file, in their order of precedence. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'];
/** Splits on unescaped whitespace; `\ ` keeps a space in a pattern. */
function words(line) {
    return (line.match(/(?:\\.|\S)+/g) ?? []).map((w) => w.replace(/\\(.)/g, '$1'));
}
/** Returns the owners of a repository-relative path ('/' separators); [] when nobody owns it. */
export function parseCodeOwners(text) {
    const sections = [[]];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            continue;
        // GitLab: `[Section]`, `^[Optional section]`, `[Section][2]`, optionally followed by default owners.
        const section = /^\^?\[[^\]]*\](?:\[\d+\])?\s*(.*)$/.exec(line);
        if (section) {
            sections.push([]);
            continue;
        }
        const [pattern, ...owners] = words(line);
        if (!pattern || pattern.startsWith('!'))
            continue;
        const matcher = ignore().add(pattern);
        sections.at(-1).push({ matches: (p) => matcher.ignores(p), owners });
    }
    return (path) => {
        const out = new Set();
        for (const rules of sections) {
            for (let i = rules.length - 1; i >= 0; i--) {
                if (rules[i].matches(path)) {
                    for (const o of rules[i].owners)
                        out.add(o);
                    break;
                }
            }
        }
        return [...out];
    };
}
