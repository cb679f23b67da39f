/**
 * The search's index: every event's searchable text folded once (see fold.ts) into one string, its
 * fields apart, and each source's publisher folded once (events share a few hundred sources, so a
 * publisher is matched once per query, not once per citing event). A query is then a scan with
 * `indexOf` that keeps matches at a word's start; typing one more letter rescans only the previous
 * matches (`narrows`). Measured against minisearch, flexsearch and uFuzzy at 100,000 events: see
 * the README ("Search").
 */
import type { Source, TimelineEvent } from '../model';
import { fold, wordBefore } from './fold';
import type { Term } from './query';

/** Between two fields of an event's text: no term holds it, so no match runs from one field into the next. */
const FIELD_SEP = '\u0000';

/** What the search reads of an event: title, summary, each quote with its speaker and translation, actors, tags and group. */
export function searchableFields(e: TimelineEvent): string[] {
	const out = [e.title];
	if (e.summary) out.push(e.summary);
	for (const q of e.quotes ?? []) {
		out.push(q.text, q.speaker);
		if (q.translation) out.push(q.translation.text);
	}
	if (e.actors) out.push(...e.actors);
	if (e.tags) out.push(...e.tags);
	if (e.group) out.push(e.group);
	return out;
}

export interface SearchIndex {
	events: readonly TimelineEvent[];
	/** Each event's fields, folded and joined, in the events' order. */
	text: string[];
	/** Per event, a bit for each first character its words start with (see `startBit`). */
	starts: Uint32Array;
	/** Per event, a bit for each pair of characters its words start with (a 32-bit Bloom filter, see `pairBit`). */
	pairs: Uint32Array;
	/** Each source's publisher, folded, by source id. */
	publishers: ReadonlyMap<string, string>;
}

/** The bit of a word's first character: a–z, a digit, or one of four for the rest. */
function startBit(c: number): number {
	if (c >= 0x61 && c <= 0x7a) return 1 << (c - 0x61);
	if (c >= 0x30 && c <= 0x39) return 1 << 26;
	return 1 << (27 + (c & 3));
}
/** The bit of a word's first two characters. */
const pairBit = (c1: number, c2: number) => 1 << ((c1 * 31 + c2) & 31);

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether the character at `i` of a folded text is a letter or digit. */
function wordAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
	return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** The start and pair bits of a folded text's words (a word starts where `occursIn` lets a term match). */
function wordBits(text: string): [number, number] {
	let starts = 0;
	let pairs = 0;
	let prevWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// A low surrogate is the second half of the character before: it neither starts nor ends a word.
		if (c >= 0xdc00 && c <= 0xdfff) continue;
		const word = wordAt(text, i);
		if (word && !prevWord) {
			starts |= startBit(c);
			if (i + 1 < text.length) pairs |= pairBit(c, text.charCodeAt(i + 1));
		}
		prevWord = word;
	}
	return [starts >>> 0, pairs >>> 0];
}

/** Index a timeline's events (in their order) and sources. */
export function buildSearchIndex(events: readonly TimelineEvent[], sources: readonly Source[]): SearchIndex {
	const b = searchIndexBuilder(events, sources);
	b.step(Infinity);
	return b.index;
}

/** An index built a slice at a time (`step` folds events for about `ms`, true once all are done), so it can be built while the page is idle. */
export interface SearchIndexBuilder {
	index: SearchIndex;
	step(ms: number): boolean;
}

/** Start building the index of a timeline's events and sources. */
export function searchIndexBuilder(events: readonly TimelineEvent[], sources: readonly Source[]): SearchIndexBuilder {
	const text = new Array<string>(events.length);
	const starts = new Uint32Array(events.length);
	const pairs = new Uint32Array(events.length);
	const publishers = new Map(sources.map((s) => [s.id, fold(s.publisher)]));
	const index: SearchIndex = { events, text, starts, pairs, publishers };
	let next = 0;
	return {
		index,
		step(ms) {
			const until = performance.now() + ms;
			while (next < events.length) {
				// The clock is read every 500 events: reading it per event would cost more than folding.
				const end = Math.min(events.length, next + 500);
				for (; next < end; next++) {
					const t = fold(searchableFields(events[next]!).join(FIELD_SEP));
					text[next] = t;
					[starts[next], pairs[next]] = wordBits(t);
				}
				if (performance.now() >= until) break;
			}
			return next >= events.length;
		}
	};
}

/** Where a folded term starts in a folded text, at a word's start (anywhere for unspaced scripts). */
export function occurrences(text: string, term: Term): number[] {
	const at: number[] = [];
	for (let i = text.indexOf(term.text); i >= 0; i = text.indexOf(term.text, i + 1))
		if (term.anywhere || !wordBefore(text, i)) at.push(i);
	return at;
}

/** Whether a folded term occurs in a folded text at a word's start. */
export function occursIn(text: string, term: Term): boolean {
	for (let i = text.indexOf(term.text); i >= 0; i = text.indexOf(term.text, i + 1))
		if (term.anywhere || !wordBefore(text, i)) return true;
	return false;
}

/**
 * Which events match every term (1) and which do not (0), in the index's order. With `within`, a
 * mask of an earlier query that this one narrows, only its matches are looked at.
 */
export function matchEvents(index: SearchIndex, terms: readonly Term[], within?: Uint8Array): Uint8Array {
	const n = index.text.length;
	const out = new Uint8Array(n);
	// Per term, the sources whose publisher it names: an event matches the term through any of them.
	const bySource = terms.map((t) => {
		const ids = new Set<string>();
		for (const [id, pub] of index.publishers) if (occursIn(pub, t)) ids.add(id);
		return ids;
	});
	// Per term, the start and pair bits an event's words must have for the term to be in its text.
	const need = terms.map((t): [number, number] =>
		t.anywhere
			? [0, 0]
			: [startBit(t.text.charCodeAt(0)), t.text.length > 1 ? pairBit(t.text.charCodeAt(0), t.text.charCodeAt(1)) : 0]
	);
	const { starts, pairs } = index;
	for (let i = 0; i < n; i++) {
		if (within && !within[i]) continue;
		const text = index.text[i]!;
		let all = true;
		for (let k = 0; k < terms.length && all; k++) {
			const [s, p] = need[k]!;
			// Most events lack a word that starts as the term does: the bits say so without reading the text.
			const maybe = (starts[i]! & s) === s && (pairs[i]! & p) === p;
			// A one-letter term (a–z) is in the text exactly when a word starts with it.
			if (maybe && ((terms[k]!.text.length === 1 && s < 1 << 26) || occursIn(text, terms[k]!))) continue;
			const ids = bySource[k]!;
			all = ids.size > 0 && index.events[i]!.sources.some((id) => ids.has(id));
		}
		if (all) out[i] = 1;
	}
	return out;
}
