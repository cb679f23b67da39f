/**
 * Rules that need the whole file or two fields at once: unique ids, known source ids, ranges that run
 * forwards, `derivedFrom` chains without cycles, archived texts that match their SHA-256, quotes that
 * appear verbatim in their source's archived text, and `support` that agrees with what the event
 * credits to each source. Runs on the raw JSON, beside the schema, so an
 * author sees every problem at once; anything of the wrong shape is skipped here (the schema says why).
 */
import { parseWhen, excerpt, type DateInput } from '../time/dates';
import type { Coded } from './issue-codes';
import { issue } from './issue-codes';
import { archiveMatcher, matchForm } from './verbatim';

type Loose = Record<string, unknown>;
const isObj = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const list = (x: unknown): readonly unknown[] => (Array.isArray(x) ? x : []);

/** A problem found by the cross checks; the loader adds the file name. */
export type CrossError = Coded & { path: string };

function firstSeen(items: readonly unknown[], base: string, errors: CrossError[]): Map<string, number> {
	const seen = new Map<string, number>();
	items.forEach((item, i) => {
		const id = isObj(item) ? str(item.id) : undefined;
		if (!id) return;
		const first = seen.get(id);
		if (first !== undefined)
			errors.push({ path: `${base}[${i}].id`, ...issue('duplicateId', { id, first: `${base}[${first}]` }) });
		else seen.set(id, i);
	});
	return seen;
}

/** SHA-256 of a text, as 64 lowercase hex digits. */
export type Hash = (text: string) => string;

/** An archived text to hold to the SHA-256 written beside it. */
export interface DigestCheck {
	path: string;
	source: string;
	text: string;
	sha: string;
}

/** Every archived text in a file (raw JSON) that comes with a well-formed SHA-256 to check it against. */
export function digestChecks(json: unknown): DigestCheck[] {
	const checks: DigestCheck[] = [];
	list(isObj(json) ? json.sources : undefined).forEach((s, i) => {
		const archive = isObj(s) && isObj(s.archive) ? s.archive : undefined;
		const text = archive ? str(archive.text) : undefined;
		const sha = archive ? str(archive.sha256) : undefined;
		if (text === undefined || sha === undefined || !/^[0-9a-f]{64}$/.test(sha)) return;
		const id = isObj(s) ? str(s.id) : undefined;
		checks.push({ path: `sources[${i}].archive.sha256`, source: id ?? String(i), text, sha });
	});
	return checks;
}

/**
 * Every cross-reference problem in a file (raw JSON), in file order. Reads the raw values with type
 * guards instead of copying them (100,000 events), and skips what has the wrong shape. `hash` is
 * needed only where the file has `digestChecks` (the page fetches its code only then).
 */
export function crossCheck(json: unknown, hash: Hash | null): CrossError[] {
	const d = isObj(json) ? json : {};
	const sources = list(d.sources);
	const events = list(d.events);
	const errors: CrossError[] = [];
	const sourceIndex = firstSeen(sources, 'sources', errors);
	const eventIndex = firstSeen(events, 'events', errors);

	sources.forEach((s, i) => {
		const from = isObj(s) ? str(s.derivedFrom) : undefined;
		if (from !== undefined && !sourceIndex.has(from))
			errors.push({ path: `sources[${i}].derivedFrom`, ...issue('unknownSourceId', { id: from }) });
	});
	errors.push(...derivationCycles(sources));
	/** Archived texts by source id (the first source of an id), for the verbatim check. */
	const archived = new Map<string, string>();
	sources.forEach((s, i) => {
		const archive = isObj(s) && isObj(s.archive) ? s.archive : undefined;
		const text = archive ? str(archive.text) : undefined;
		const id = isObj(s) ? str(s.id) : undefined;
		if (text !== undefined && id !== undefined && sourceIndex.get(id) === i) archived.set(id, text);
	});
	const digests = digestChecks(json);
	if (digests.length && !hash) throw new Error('archived texts to check against their SHA-256, and no hash given');
	for (const c of digests) {
		const actual = hash!(c.text);
		if (actual !== c.sha) errors.push({ path: c.path, ...issue('shaMismatch', { source: c.source, actual }) });
	}
	const matches = archiveMatcher();
	list(d.eras).forEach((era, i) => {
		if (!isObj(era) || typeof era.start !== 'string' || typeof era.end !== 'string') return;
		const w = safeWhen({ start: era.start, end: era.end });
		if (w) errors.push({ path: `eras[${i}]`, ...w });
	});

	for (let i = 0; i < events.length; i++) {
		const e = events[i];
		if (!isObj(e)) continue;
		// Paths are written only for errors: building one per event would cost more than the checks.
		const at = (rest: string) => `events[${i}]${rest}`;
		// A single date is checked whole by the schema; only ranges need both ends compared.
		if (isObj(e.date)) {
			const w = safeWhen(e.date as DateInput);
			if (w) errors.push({ path: at('.date'), ...w });
		}
		const contradicts = str(e.contradicts);
		if (contradicts !== undefined) {
			if (contradicts === e.id) errors.push({ path: at('.contradicts'), ...issue('contradictsItself', {}) });
			else if (!eventIndex.has(contradicts))
				errors.push({ path: at('.contradicts'), ...issue('unknownEventId', { id: contradicts }) });
		}
		// A plain array: an event lists a handful of sources, and 100,000 Sets would cost more than the scan.
		const listed = list(e.sources);
		for (let j = 0; j < listed.length; j++) {
			const id = listed[j];
			if (typeof id === 'string' && !sourceIndex.has(id))
				errors.push({ path: at(`.sources[${j}]`), ...issue('unknownSourceId', { id }) });
		}
		const quotes = list(e.quotes);
		for (let j = 0; j < quotes.length; j++) {
			const q = quotes[j];
			if (!isObj(q)) continue;
			citedSource(q.source, listed, sourceIndex, () => at(`.quotes[${j}].source`), errors);
			const source = str(q.source);
			const text = str(q.text);
			const archive = source === undefined ? undefined : archived.get(source);
			if (text !== undefined && archive !== undefined && !matches(text, source!, archive))
				errors.push({
					path: at(`.quotes[${j}].text`),
					...issue('notVerbatim', {
						event: str(e.id) ?? String(i),
						source: source!,
						quote: excerpt(matchForm(text).trim(), 80)
					})
				});
		}
		list(e.claims).forEach((c, j) =>
			list(isObj(c) ? c.variants : undefined).forEach((variant, k) =>
				list(isObj(variant) ? variant.sources : undefined).forEach((id, m) =>
					citedSource(id, listed, sourceIndex, () => at(`.claims[${j}].variants[${k}].sources[${m}]`), errors)
				)
			)
		);
		supportChecks(e, listed, sourceIndex, at, errors);
	}
	return errors;
}

/**
 * `support` names sources of the event, each once, and agrees with what the event credits to them: a
 * source credited with a quote (or a claim variant) supports "quote" (or "claim"), and only then.
 */
function supportChecks(
	e: Loose,
	listed: readonly unknown[],
	sourceIndex: Map<string, number>,
	at: (rest: string) => string,
	errors: CrossError[]
): void {
	const support = list(e.support);
	if (!support.length) return;
	const quoted = new Set(list(e.quotes).map((q) => (isObj(q) ? str(q.source) : undefined)));
	const claimed = new Set(
		list(e.claims).flatMap((c) =>
			list(isObj(c) ? c.variants : undefined).flatMap((v) => list(isObj(v) ? v.sources : undefined))
		)
	);
	const seen = new Set<string>();
	support.forEach((s, j) => {
		if (!isObj(s)) return;
		const id = str(s.source);
		citedSource(s.source, listed, sourceIndex, () => at(`.support[${j}].source`), errors);
		if (id === undefined) return;
		if (seen.has(id)) errors.push({ path: at(`.support[${j}].source`), ...issue('supportTwice', { source: id }) });
		seen.add(id);
		const supports = list(s.supports);
		const says = (what: 'quote' | 'claim', credited: boolean) => {
			const declared = supports.includes(what);
			if (credited && !declared)
				errors.push({ path: at(`.support[${j}].supports`), ...issue('supportLeavesOut', { what, source: id }) });
			else if (declared && !credited)
				errors.push({
					path: at(`.support[${j}].supports`),
					...issue('supportNamesUncredited', { what, source: id })
				});
		};
		says('quote', quoted.has(id));
		says('claim', claimed.has(id));
	});
}

/** A source cited by a quote or a claim must exist and be among the event's sources. */
function citedSource(
	id: unknown,
	listed: readonly unknown[],
	sourceIndex: Map<string, number>,
	path: () => string,
	errors: CrossError[]
): void {
	if (typeof id !== 'string') return;
	if (!sourceIndex.has(id)) errors.push({ path: path(), ...issue('unknownSourceId', { id }) });
	else if (!listed.includes(id)) errors.push({ path: path(), ...issue('notInEventSources', { source: id }) });
}

/** Why a date is wrong, or null; malformed shapes are the schema's to report. */
function safeWhen(input: DateInput): Coded | null {
	if (typeof input !== 'string') {
		const [a, b] = 'start' in input ? [input.start, input.end] : [input.notBefore, input.notAfter];
		if (typeof a !== 'string' || typeof b !== 'string') return null;
	}
	const w = parseWhen(input);
	return w.ok ? null : w.why;
}

/** One error per `derivedFrom` cycle, at the source where the cycle is first entered. */
function derivationCycles(sources: readonly unknown[]): CrossError[] {
	const parent = new Map<string, string>();
	const index = new Map<string, number>();
	const ids: string[] = [];
	sources.forEach((raw, i) => {
		const s = isObj(raw) ? raw : {};
		const id = str(s.id) ?? '';
		const from = str(s.derivedFrom);
		ids.push(id);
		if (!index.has(id)) index.set(id, i);
		if (from !== undefined && !parent.has(id)) parent.set(id, from);
	});
	const errors: CrossError[] = [];
	const done = new Set<string>();
	for (const id of ids) {
		const trail: string[] = [];
		const onTrail = new Set<string>();
		let cur: string | undefined = id;
		while (cur !== undefined && !done.has(cur) && !onTrail.has(cur)) {
			trail.push(cur);
			onTrail.add(cur);
			cur = parent.get(cur);
		}
		if (cur !== undefined && onTrail.has(cur)) {
			const loop = trail.slice(trail.indexOf(cur));
			errors.push({
				path: `sources[${index.get(cur)}].derivedFrom`,
				...issue('derivationCycle', { ids: [...loop, cur] })
			});
		}
		trail.forEach((id) => done.add(id));
	}
	return errors;
}
