import fs from 'node:fs';
import path from 'node:path';
import pc from 'picocolors';
import { addHidden } from '../finding.js';
import { buildReport } from '../report/model.js';
import { dropSummaryLines, formatFindings, summaryLine } from '../report/text.js';
/**
 * `check --format text|concise` prints each file's findings as soon as that file and every file
 * before it are done, in the order the report would list them (paths sorted), then the summary:
 * the output is the same as the one report printed at the end, but it starts early and a file's
 * text is let go once printed. Only where nothing after the lint can change or reorder the
 * findings: no bulk suppressions file, no --statistics, --changed-first, --report or
 * --output-file, and targets already in the report's order (see streamable).
 */
export class TextStream {
    count;
    concise;
    color;
    quiet;
    strategy;
    write;
    next = 0;
    ready = new Map();
    files = 0;
    findings = 0;
    warnings = 0;
    safe = 0;
    unsafe = 0;
    hidden = {};
    constructor(count, concise, color, quiet, strategy, write) {
        this.count = count;
        this.concise = concise;
        this.color = color;
        this.quiet = quiet;
        this.strategy = strategy;
        this.write = write;
    }
    /** A file's result (any order): printed once all those before it are. */
    take = (index, r) => {
        this.ready.set(index, r);
        while (this.ready.has(this.next)) {
            const done = this.ready.get(this.next);
            this.ready.delete(this.next++);
            this.print(done);
        }
    };
    print(r) {
        const report = buildReport([r], this.strategy);
        this.files++;
        this.findings += report.summary.findings;
        this.warnings += report.findings.filter((f) => f.severity === 'warning').length;
        this.safe += report.fixable.safe;
        this.unsafe += report.fixable.unsafe;
        addHidden(this.hidden, r.hidden);
        if (report.findings.length)
            this.write(this.filter(formatFindings(report.findings, pc.createColors(this.color), this.concise)));
        // Printed: the reporters need the text no more (FileResult.source holds the whole file).
        delete r.source;
        delete r.decoded;
    }
    /** The summary line, once every file is printed; the findings by severity. */
    finish() {
        if (this.next !== this.count)
            throw new Error(`streamed ${this.next} of ${this.count} results`);
        const summary = { findings: [], summary: { files: this.files, parsed: 0, findings: this.findings, warnings: this.warnings, hidden: this.hidden }, fixable: { safe: this.safe, unsafe: this.unsafe } };
        this.write(this.filter(summaryLine(summary, pc.createColors(this.color))));
        return { errors: this.findings - this.warnings, warnings: this.warnings };
    }
    // --quiet drops the summary lines, as render() does for the whole text.
    filter(text) {
        return this.quiet ? dropSummaryLines(text) : text;
    }
}
/** A bulk suppressions file would filter findings after the run. */
export function suppressionsFileExists(location) {
    return fs.existsSync(path.resolve(location));
}
