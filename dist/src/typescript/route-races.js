import { exitRaces } from './exit-race.js';
/**
 * The exit races of a child on each of its routes: where it is started (listeners set up there
 * race whoever else gets it), and through each caller of a helper that returns it (the caller's
 * own 'data' and 'exit' listeners). One per stream: the first found, a use of the output before
 * one that only words an error.
 */
export function routeRaces(model, call, fate, file) {
    const byStream = new Map();
    for (const route of [fate, ...(fate.routes ?? []).filter((r) => r !== fate)]) {
        for (const race of exitRaces(model, call, route, file)) {
            const had = byStream.get(race.stream);
            if (!had || (had.errorOnly && !race.errorOnly))
                byStream.set(race.stream, race);
        }
    }
    return [...byStream.values()].sort((a, b) => (a.stream === b.stream ? 0 : a.stream === 'stdout' ? -1 : 1));
}
