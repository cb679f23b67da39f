/**
 * Rules that need the whole file: unique ids, known source ids, dates that exist and ranges that run
 * forwards, and `derivedFrom` chains without cycles. Runs after the schema accepted every field.
 */
import type { TimelineFile } from './schema';
import { parseWhen } from '$lib/timeline/dates';

/** A problem found by the cross checks; the loader adds the file name. */
export interface CrossError {
	path: string;
	message: string;
}

function firstSeen(ids: string[], base: string, errors: CrossError[]): Map<string, number> {
	const seen = new Map<string, number>();
	ids.forEach((id, i) => {
		const first = seen.get(id);
		if (first !== undefined) errors.push({ path: `${base}[${i}].id`, message: `duplicate id "${id}" (first used at ${base}[${first}])` });
		else seen.set(id, i);
	});
	return seen;
}

/** Every cross-reference problem in a schema-valid file, in file order. */
export function crossCheck(data: TimelineFile): CrossError[] {
	const errors: CrossError[] = [];
	const sourceIndex = firstSeen(data.sources.map((s) => s.id), 'sources', errors);
	firstSeen(data.events.map((e) => e.id), 'events', errors);

	data.sources.forEach((s, i) => {
		if (s.derivedFrom !== undefined && !sourceIndex.has(s.derivedFrom)) {
			errors.push({ path: `sources[${i}].derivedFrom`, message: `unknown source id "${s.derivedFrom}"` });
		}
	});
	errors.push(...derivationCycles(data));

	data.events.forEach((e, i) => {
		const base = `events[${i}]`;
		const w = parseWhen(e.date);
		if (!w.ok) errors.push({ path: `${base}.date`, message: w.reason });
		const listed = new Set(e.sources);
		e.sources.forEach((id, j) => {
			if (!sourceIndex.has(id)) errors.push({ path: `${base}.sources[${j}]`, message: `unknown source id "${id}"` });
		});
		e.quotes?.forEach((q, j) => {
			const path = `${base}.quotes[${j}].source`;
			if (!sourceIndex.has(q.source)) errors.push({ path, message: `unknown source id "${q.source}"` });
			else if (!listed.has(q.source)) {
				errors.push({ path, message: `source "${q.source}" is not in this event's sources list` });
			}
		});
		e.claims?.forEach((c, j) =>
			c.variants.forEach((variant, k) =>
				variant.sources.forEach((id, m) => {
					const path = `${base}.claims[${j}].variants[${k}].sources[${m}]`;
					if (!sourceIndex.has(id)) errors.push({ path, message: `unknown source id "${id}"` });
					else if (!listed.has(id)) errors.push({ path, message: `source "${id}" is not in this event's sources list` });
				})
			)
		);
	});
	return errors;
}

/** One error per `derivedFrom` cycle, at the source where the cycle is first entered. */
function derivationCycles(data: TimelineFile): CrossError[] {
	const parent = new Map<string, string>();
	const index = new Map<string, number>();
	data.sources.forEach((s, i) => {
		if (!index.has(s.id)) index.set(s.id, i);
		if (s.derivedFrom !== undefined && !parent.has(s.id)) parent.set(s.id, s.derivedFrom);
	});
	const errors: CrossError[] = [];
	const done = new Set<string>();
	for (const s of data.sources) {
		const trail: string[] = [];
		const onTrail = new Set<string>();
		let cur: string | undefined = s.id;
		while (cur !== undefined && !done.has(cur) && !onTrail.has(cur)) {
			trail.push(cur);
			onTrail.add(cur);
			cur = parent.get(cur);
		}
		if (cur !== undefined && onTrail.has(cur)) {
			const loop = trail.slice(trail.indexOf(cur));
			errors.push({
				path: `sources[${index.get(cur)}].derivedFrom`,
				message: `derivedFrom forms a cycle: ${[...loop, cur].join(' → ')}`
			});
		}
		trail.forEach((id) => done.add(id));
	}
	return errors;
}
