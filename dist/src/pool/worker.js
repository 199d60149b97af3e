import { parentPort } from 'node:worker_threads';
import { crashed, lintTarget } from '../read.js';
import { cacheFolderListings } from '../folder-listing.js';
import { takeTextSummaries } from '../python/wrapper-prefilter.js';
import { parseCounts } from '../python/parse-counts.js';
if (parentPort) {
    const port = parentPort;
    // A worker lives for one run over a fixed set of files (see cacheFolderListings).
    cacheFolderListings(true);
    let reported = 0;
    const parses = () => {
        const n = parseCounts.parses - reported;
        reported = parseCounts.parses;
        return n;
    };
    port.on('message', async (m) => {
        const { task } = m;
        // The import graph the CLI's prefilter already followed is not followed again here.
        takeTextSummaries(m.summaries);
        let reply;
        try {
            const r = await lintTarget({ path: task.path, abs: task.abs, language: task.language }, task.engine, undefined, task.prefiltered);
            const result = { path: r.path, language: r.language, findings: r.findings, diagnostics: r.diagnostics, parsed: r.parsed };
            if (r.decoded)
                result.decoded = r.decoded;
            if (r.errors)
                result.errors = r.errors;
            if (r.hidden)
                result.hidden = r.hidden;
            reply = { index: m.index, result, parses: parses() };
            port.postMessage(reply);
        }
        catch (e) {
            // lintTarget turns file problems into diagnostics; this is a bug (say, a result that cannot
            // be cloned): report it for this file, as a serial run would, and keep the worker.
            reply = { index: m.index, result: crashed(task, e), parses: parses() };
            port.postMessage(reply);
        }
    });
}
