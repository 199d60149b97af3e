export function emptyObs(anchor) {
    return {
        escapes: false, listens: false, waits: false, unref: false, stored: false, stdinUsed: false,
        touched: { stdout: false, stderr: false }, sites: { stdout: [], stderr: [] }, returnedFrom: [], anchor, exitListeners: [], handedOut: null,
    };
}
export function bothBranches(guards) {
    return guards.some((g) => guards.some((h) => h.node === g.node && h.branch !== g.branch));
}
export function cloneObs(o, anchor) {
    return {
        ...o, anchor,
        touched: { ...o.touched },
        sites: { stdout: [...o.sites.stdout], stderr: [...o.sites.stderr] },
        returnedFrom: [...o.returnedFrom],
        exitListeners: [...o.exitListeners],
    };
}
export function severity(f) {
    const rank = (s) => (s.state === 'unread' ? 3 : s.state === 'afterExit' ? 2 : s.state === 'conditional' ? 1 : 0);
    return Math.max(rank(f.stdout), rank(f.stderr));
}
export function dropVerb(f) {
    return f.listens ? 'only waited for' : 'dropped';
}
