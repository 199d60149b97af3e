import path from 'node:path';
import { fingerprints, repoPath } from './location.js';
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
// E902 is not a rule of the catalogue: it reports a file that could not be read or decoded.
const E902 = {
    id: 'E902',
    name: 'io-error',
    summary: 'A file could not be read or decoded',
    severity: 'error',
    defaultEnabled: true,
    doc: 'popenlint could not read, decode or parse this file, so it was not checked. The message says why (missing, not a regular file, undecodable bytes, binary content).',
};
const level = (severity) => (severity === 'error' ? 'error' : 'warning');
function helpMarkdown(rule) {
    const lang = rule.language === 'python' ? 'python' : 'js';
    const d = rule.docs;
    return [
        `## What it does\n${d.whatItDoes}`,
        `## Why is this bad?\n${d.whyIsThisBad}`,
        `## Example\n\`\`\`${lang}\n${d.example.trimEnd()}\n\`\`\``,
        `## Use instead\n\`\`\`${lang}\n${d.useInstead.trimEnd()}\n\`\`\``,
        `## Fix safety\n${d.fixSafety}`,
        `## References\n${d.references.map((r) => `- <${r}>`).join('\n')}`,
        `Run \`popenlint explain ${rule.id}\` for a runnable reproduction.`,
    ].join('\n\n');
}
function helpText(rule) {
    const d = rule.docs;
    return [d.whatItDoes, d.whyIsThisBad, `Example:\n${d.example}`, `Use instead:\n${d.useInstead}`, `Fix safety: ${d.fixSafety}`, `References: ${d.references.join(' ')}`].join('\n\n');
}
function ruleDescriptor(rule) {
    return {
        id: rule.id,
        name: rule.name,
        shortDescription: { text: rule.summary },
        fullDescription: { text: `${rule.docs.whatItDoes}\n\n${rule.docs.whyIsThisBad}` },
        help: { text: helpText(rule), markdown: helpMarkdown(rule) },
        defaultConfiguration: { enabled: rule.defaultEnabled, level: level(rule.severity) },
        properties: { tags: [rule.language, 'reliability'], precision: 'high', 'problem.severity': level(rule.severity) },
    };
}
function e902Descriptor() {
    return {
        id: E902.id,
        name: E902.name,
        shortDescription: { text: E902.summary },
        fullDescription: { text: E902.doc },
        help: { text: E902.doc, markdown: E902.doc },
        defaultConfiguration: { enabled: true, level: 'error' },
    };
}
/**
 * A result's artifact URI (RFC 3986): repository-relative with each segment percent-encoded (a
 * space, `#`, `?`, `%`, non-ASCII), or a `file:///` URI for a file outside the repository.
 */
export function artifactUri(where, file) {
    const encode = (p) => p.split('/').map(encodeURIComponent).join('/');
    const abs = path.resolve(where.cwd, file);
    const rel = path.relative(where.root, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel))
        return `file://${encode(abs.split(path.sep).join('/'))}`;
    return encode(repoPath(where, file));
}
function region(start, end) {
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
function result(f, ruleIndex, fingerprint, where) {
    const uri = artifactUri(where, f.path);
    const artifactLocation = { uri };
    const physicalLocation = {
        artifactLocation,
        region: { ...region(f.start, f.end), ...(f.sourceLine !== null && f.start.line === f.end.line ? { snippet: { text: f.sourceLine } } : {}) },
    };
    return {
        ruleId: f.rule,
        ruleIndex,
        level: level(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation }],
        // Our own key, not GitHub's primaryLocationLineHash: upload-sarif computes that one itself
        // from the file, and a value in another format would be taken as is.
        partialFingerprints: { 'popenlint/v1': fingerprint },
        ...(f.fix
            ? {
                fixes: [{
                        description: { text: `${f.fix.description} (${f.fix.applicability} fix, strategy ${f.fix.strategy})` },
                        artifactChanges: [{
                                artifactLocation,
                                replacements: f.fix.edits.map((e) => ({ deletedRegion: region(e.start, e.end), insertedContent: { text: e.content } })),
                            }],
                    }],
            }
            : {}),
        properties: { name: f.name, ...(f.evidence ? { evidence: f.evidence } : {}), ...(f.fix ? { applicability: f.fix.applicability, strategy: f.fix.strategy } : {}) },
    };
}
export function sarifLog(report, options) {
    const rules = options.rules.map(ruleDescriptor);
    const index = new Map(options.rules.map((r, i) => [r.id, i]));
    if (report.findings.some((f) => !index.has(f.rule))) {
        index.set(E902.id, rules.length);
        rules.push(e902Descriptor());
    }
    const prints = fingerprints(report.findings, options);
    const errors = report.errors ?? [];
    return {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [{
                tool: { driver: { name: 'popenlint', version: options.version, semanticVersion: options.version, rules } },
                // Our columns count Unicode code points (the JSON contract); SARIF's default is UTF-16 units.
                columnKind: 'unicodeCodePoints',
                results: report.findings.map((f, i) => result(f, index.get(f.rule) ?? index.get(E902.id), prints[i], options)),
                // A rule that failed on a file is popenlint's bug, not a result about the code.
                invocations: [{
                        executionSuccessful: errors.length === 0,
                        ...(errors.length
                            ? {
                                toolExecutionNotifications: errors.map((e) => ({
                                    level: 'error',
                                    message: { text: `internal error: ${e.message}` },
                                    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(options, e.path) } } }],
                                })),
                            }
                            : {}),
                    }],
            }],
    };
}
export function formatSarif(report, options) {
    return `${JSON.stringify(sarifLog(report, options), null, 2)}\n`;
}
