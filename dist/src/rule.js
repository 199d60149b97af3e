/**
 * A fix whose edits are built when first read: by `fix`, `--diff`, the JSON and SARIF reports
 * and editors' code actions. A rule decides on the spot that it offers the fix (strategy,
 * applicability, description: what the text report shows) and leaves the edits, which can look
 * further afield (fresh names, the import position), to `build`. The engine reads them, or
 * drops them when nobody will (EngineOptions.fixEdits), before it frees the tree.
 */
export function lazyFix(offer, build) {
    let edits;
    return Object.defineProperty({ ...offer }, 'edits', {
        get: () => (edits ??= build()),
        enumerable: true,
        configurable: true,
    });
}
/**
 * Turns every fix's edits into plain data while the tree is alive: built (lazyFix), or emptied
 * when `build` is false. A builder that throws loses its fix and reports why (unless `rethrow`
 * says the error is for the caller).
 */
export function settleFixes(findings, build, errors, rethrow = () => false) {
    for (const f of findings) {
        f.fixes = f.fixes.filter((fix) => {
            let edits;
            try {
                edits = build ? fix.edits : [];
            }
            catch (e) {
                if (rethrow(e))
                    throw e;
                const error = e instanceof Error ? e : new Error(String(e));
                errors.push({ path: f.path, message: `${f.rule} failed building its ${fix.strategy} fix: ${error.message}`, ...(error.stack ? { stack: error.stack } : {}) });
                return false;
            }
            Object.defineProperty(fix, 'edits', { value: edits, enumerable: true, writable: true, configurable: true });
            return true;
        });
    }
}
