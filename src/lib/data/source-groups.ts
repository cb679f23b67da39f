/** Sources grouped by the report they derive from, for the sources view. */
import type { Source, Timeline } from './model';
import { originOf } from './provenance';

export interface SourceGroup {
	origin: Source;
	/** Sources whose `derivedFrom` chain leads to `origin`, in file order. */
	rewrites: Source[];
}

/** Groups with rewrites first (the networks), then single sources, each in file order. */
export function groupSources(t: Pick<Timeline, 'sources' | 'sourceById'>): SourceGroup[] {
	const groups = new Map<string, SourceGroup>();
	for (const s of t.sources) {
		const originId = originOf(s.id, t.sourceById);
		const origin = t.sourceById.get(originId)!;
		let g = groups.get(originId);
		if (!g) groups.set(originId, (g = { origin, rewrites: [] }));
		if (s.id !== originId) g.rewrites.push(s);
	}
	return [...groups.values()].sort((a, b) => Number(b.rewrites.length > 0) - Number(a.rewrites.length > 0));
}

/** For each source id, the ids of the events that cite it, in time order. */
export function eventsBySource(t: Pick<Timeline, 'events'>): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const e of t.events) for (const id of e.sources) out.set(id, [...(out.get(id) ?? []), e.id]);
	return out;
}
