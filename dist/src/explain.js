import { EVIDENCE, EVIDENCE_SAYS, LEVEL, severityOf } from './knowledge/evidence.js';
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
        '## How sure a finding is',
        evidenceTable(),
        '',
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
/**
 * The evidence tiers: what a finding rests on, its severity, and the `--evidence` level (config
 * `evidence`) from which it is reported. Shown by `explain` and on each rule's page.
 */
export function evidenceTable() {
    return [
        'Each finding says what it rests on (`evidence` in JSON and SARIF, an `= evidence:` line in text). `--evidence known|likely|possible` (config `evidence`) is the weakest evidence reported: by default `known`, the errors only; `likely` adds commands from outside, Node output that merely can grow and findings in test code, `possible` unlisted programs, as warnings. Errors fail the run; warnings do not, unless `--max-warnings N` is passed.',
        '',
        '| evidence | severity | reported from | what it rests on |',
        '|---|---|---|---|',
        ...EVIDENCE.map((e) => `| \`${e}\` | ${severityOf(e)} | \`${LEVEL[e]}\` | ${EVIDENCE_SAYS[e]} |`),
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
        '## How sure a finding is',
        '',
        evidenceTable(),
        '',
    ].join('\n');
}
