/**
 * Which parts of a text the search matched, for the list to mark (as text in <mark> elements, never
 * as markup): the folded matches mapped back onto the original characters, so "nauseda" marks
 * "Nausėda" whole, accent included.
 */
import { foldMapped } from './fold';
import { occurrences } from './search-index';
import type { Term } from './query';

/** A run of a text, matched or not. */
export interface Part {
	text: string;
	hit: boolean;
}

/** The text cut into runs, matched and not, in order (one unmatched run when nothing matches). */
export function highlightParts(text: string, terms: readonly Term[]): Part[] {
	if (!terms.length || !text) return [{ text, hit: false }];
	const m = foldMapped(text);
	const spans: [number, number][] = [];
	for (const t of terms)
		for (const at of occurrences(m.text, t)) spans.push([m.start[at]!, m.end[at + t.text.length - 1]!]);
	if (!spans.length) return [{ text, hit: false }];
	spans.sort((a, b) => a[0] - b[0]);
	const parts: Part[] = [];
	let pos = 0;
	let cur: [number, number] | null = null;
	const flush = () => {
		if (!cur) return;
		if (cur[0] > pos) parts.push({ text: text.slice(pos, cur[0]), hit: false });
		parts.push({ text: text.slice(cur[0], cur[1]), hit: true });
		pos = cur[1];
	};
	for (const s of spans) {
		if (cur && s[0] <= cur[1]) cur[1] = Math.max(cur[1], s[1]);
		else {
			flush();
			cur = [s[0], s[1]];
		}
	}
	flush();
	if (pos < text.length) parts.push({ text: text.slice(pos), hit: false });
	return parts;
}

/** Whether a text holds any of the terms (where a row should say the event matched elsewhere). */
export function anyHit(text: string, terms: readonly Term[]): boolean {
	return highlightParts(text, terms).some((p) => p.hit);
}
