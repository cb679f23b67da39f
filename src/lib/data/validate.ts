/**
 * Rules that need the whole file: unique ids, known source ids, dates that exist and ranges that run
 * forwards, and `derivedFrom` chains without cycles. Runs on the raw JSON, beside the schema, so an
 * author sees every problem at once; anything of the wrong shape is skipped here (the schema says why).
 */
import type { TimelineFile } from './schema';
import { parseWhen, type DateInput } from '../timeline/dates';

type Loose = Record<string, unknown>;
const isObj = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.map((v) => (typeof v === 'string' ? v : '')) : []);
const objects = (x: unknown): Loose[] => (Array.isArray(x) ? x.map((v) => (isObj(v) ? v : {})) : []);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** Only the fields the cross checks read, taken from raw JSON without trusting it (no copies of the rest). */
function loosen(json: unknown): TimelineFile {
	const d = isObj(json) ? json : {};
	const sources = objects(d.sources).map((s) => ({ id: str(s.id) ?? '', derivedFrom: str(s.derivedFrom) }));
	const events = objects(d.events).map((e) => ({
		id: str(e.id) ?? '',
		date: e.date,
		contradicts: e.contradicts,
		sources: strings(e.sources),
		quotes: Array.isArray(e.quotes) ? objects(e.quotes).map((q) => ({ source: str(q.source) ?? '' })) : undefined,
		claims: Array.isArray(e.claims) ? objects(e.claims).map((c) => ({ variants: objects(c.variants).map((v) => ({ sources: strings(v.sources) })) })) : undefined
	}));
	return { sources, events } as unknown as TimelineFile;
}

/** A problem found by the cross checks; the loader adds the file name. */
export interface CrossError {
	path: string;
	message: string;
}

function firstSeen(ids: string[], base: string, errors: CrossError[]): Map<string, number> {
	const seen = new Map<string, number>();
	ids.forEach((id, i) => {
		if (!id) return;
		const first = seen.get(id);
		if (first !== undefined) errors.push({ path: `${base}[${i}].id`, message: `duplicate id "${id}" (first used at ${base}[${first}])` });
		else seen.set(id, i);
	});
	return seen;
}

/** Every cross-reference problem in a file (raw JSON), in file order. */
export function crossCheck(json: unknown): CrossError[] {
	const data = loosen(json);
	const errors: CrossError[] = [];
	const sourceIndex = firstSeen(data.sources.map((s) => s.id), 'sources', errors);
	const eventIndex = firstSeen(data.events.map((e) => e.id), 'events', errors);

	data.sources.forEach((s, i) => {
		if (s.derivedFrom !== undefined && !sourceIndex.has(s.derivedFrom)) {
			errors.push({ path: `sources[${i}].derivedFrom`, message: `unknown source id "${s.derivedFrom}"` });
		}
	});
	errors.push(...derivationCycles(data));

	data.events.forEach((e, i) => {
		const base = `events[${i}]`;
		const date = e.date as unknown;
		const dateOk = typeof date === 'string' || (isObj(date) && ['start', 'end', 'notBefore', 'notAfter'].some((k) => typeof date[k] === 'string'));
		if (dateOk) {
			const w = safeWhen(date as DateInput);
			if (w) errors.push({ path: `${base}.date`, message: w });
		}
		const contradicts = str((e as Loose).contradicts);
		if (contradicts !== undefined) {
			if (contradicts === e.id) errors.push({ path: `${base}.contradicts`, message: 'an event cannot contradict itself' });
			else if (!eventIndex.has(contradicts)) errors.push({ path: `${base}.contradicts`, message: `unknown event id "${contradicts}"` });
		}
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

/** Why a date is wrong, or null; malformed shapes are the schema's to report. */
function safeWhen(input: DateInput): string | null {
	if (typeof input !== 'string') {
		const [a, b] = 'start' in input ? [input.start, input.end] : [input.notBefore, input.notAfter];
		if (typeof a !== 'string' || typeof b !== 'string') return null;
	}
	const w = parseWhen(input);
	return w.ok ? null : w.reason;
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
