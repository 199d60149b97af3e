import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { rangeOf } from './positions.js';
export const SOURCE = 'popenlint';
export function toDiagnostic(document, finding, docsUrl) {
    const href = docsUrl(finding.rule);
    return {
        range: rangeOf(document, finding.start, finding.end),
        severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        code: finding.rule,
        ...(href ? { codeDescription: { href } } : {}),
        source: SOURCE,
        message: finding.message,
    };
}
const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
/** A problem with the document's configuration, shown where the user looks: on the document. */
export function configDiagnostic(message) {
    return { range: TOP, severity: DiagnosticSeverity.Error, source: SOURCE, message: `popenlint: ${message}` };
}
/** A problem with the text itself (E902: nested too deep to parse, an internal error), at its top. */
export function fileDiagnostic(code, message) {
    return { range: TOP, severity: DiagnosticSeverity.Error, code, source: SOURCE, message };
}
/** Markdown for a hover on a finding: the message, why it breaks, the fixes and how to silence it. */
export function hoverMarkdown(finding, meta, href, suppression) {
    const head = `**${finding.rule}** \`${finding.name}\`${href ? ` ([docs](${href}))` : ''}`;
    const parts = [head, finding.message];
    if (meta)
        parts.push(`**Why it breaks.** ${meta.docs.whyIsThisBad}`);
    if (finding.fixes.length) {
        const fixes = [...finding.fixes].sort((a, b) => (a.applicability === b.applicability ? 0 : a.applicability === 'safe' ? -1 : 1));
        parts.push(['**Fixes**', ...fixes.map((f) => `- ${f.description} (${f.applicability}, \`${f.strategy}\`)`)].join('\n'));
    }
    else {
        parts.push('No automatic fix for this occurrence.');
    }
    parts.push(`Suppress with \`${suppression}\`.`);
    return parts.join('\n\n');
}
