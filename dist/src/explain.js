import { runtimeTable } from './knowledge/runtimes.js';
import { renderReproduction } from './reproduction.js';
/** `popenlint explain POP001`: the docs, the fixes and their safety, a runnable reproduction. */
export function explainRule(meta) {
    const d = meta.docs;
    const fence = meta.language === 'python' ? 'python' : 'js';
    return [
        `# ${meta.id} ${meta.name}`,
        '',
        `${meta.summary}. ${meta.defaultEnabled ? 'On by default.' : `Off by default; enable with \`--select ${meta.id}\`.`}`,
        '',
        '## What it does',
        d.whatItDoes,
        '',
        '## Why is this bad?',
        d.whyIsThisBad,
        '',
        // What a dropped or undrained pipe does depends on the Python version: the measured table.
        ...(meta.language === 'python' ? ['## What happens on each Python version', runtimeTable(), ''] : []),
        '## Example',
        '```' + fence,
        d.example.trimEnd(),
        '```',
        '',
        '## Use instead',
        '```' + fence,
        d.useInstead.trimEnd(),
        '```',
        '',
        ...(d.moreExamples ?? []).flatMap((x) => [
            `### ${x.title}`,
            '```' + fence,
            x.example.trimEnd(),
            '```',
            ...(x.useInstead ? ['Use instead:', '```' + fence, x.useInstead.trimEnd(), '```'] : []),
            '',
        ]),
        '## Fix safety',
        `Strategies: ${meta.strategies.length ? meta.strategies.join(', ') : 'none'}.`,
        d.fixSafety,
        '',
        '## Reproduction',
        renderReproduction(meta.id, d.reproduction),
        '',
        '## References',
        ...d.references.map((r) => `- ${r}`),
        '',
    ].join('\n');
}
export function listRules(rules) {
    const rows = rules.map((r) => `${r.id}  ${r.name.padEnd(32)} ${r.language.padEnd(11)}${r.defaultEnabled ? 'on ' : 'off'}      ${r.strategies.join(',') || '-'}`);
    return `${['id      name                             language   default  fixes', ...rows].join('\n')}\n`;
}
/** The catalogue as a Markdown table, each id linking to `${linkPrefix}<id>.md`. */
export function ruleTable(rules, linkPrefix) {
    const language = (r) => (r.language === 'python' ? 'Python' : 'JS/TS');
    const fixes = (r) => r.strategies.join(', ') || '-';
    return [
        '| id | name | language | default | fixes | summary |',
        '|---|---|---|---|---|---|',
        ...rules.map((r) => `| [${r.id}](${linkPrefix}${r.id}.md) | ${r.name} | ${language(r)} | ${r.defaultEnabled ? 'on' : `off (\`--select ${r.id}\`)`} | ${fixes(r)} | ${r.summary} |`),
    ].join('\n');
}
/** docs/rules/README.md: the catalogue, one row per rule, each linking to its page. */
export function ruleIndex(rules) {
    return [
        '# Rules',
        '',
        '<!-- Generated from the rules\' docs objects by `npm run docs`; do not edit. -->',
        '',
        ruleTable(rules, ''),
        '',
        'Each page is what `popenlint explain <id>` prints.',
        '',
    ].join('\n');
}
