/** The evidence behind an event in words: what a quote's archived copy shows, what a source supports, how sure a detail is. */
import type { Archive, Source } from '$lib/data/model';
import type { ConfidenceInput, SupportKindName } from '$lib/data/schema';
import type { QuoteCheck } from '$lib/data/verbatim';
import { formatInstant, parseInstant } from '$lib/time/dates';

/**
 * The quote box's line on the archived copy. A verbatim match proves only that the page printed the
 * words, so for a look-alike site or a rewrite the line says whose page it is.
 */
export function quoteCheckWords(check: QuoteCheck, source: Source | undefined, origin?: Source): string {
	if (check === 'unchecked') {
		return source?.kind === 'unreliable'
			? 'Not checked against an archived copy; the source is a known look-alike site.'
			: 'Not checked against an archived copy.';
	}
	if (check === 'absent') return 'Not found in the archived text.';
	if (source?.kind === 'unreliable') return 'Appears verbatim in the archived text of a known look-alike site.';
	if (source?.kind === 'derivative')
		return `Appears verbatim in the archived text of a rewrite${origin && origin !== source ? ` of ${origin.publisher}` : ' of another report'}, not of the original.`;
	return 'Appears verbatim in the archived text.';
}

/** A detail's confidence in a few words: "date: medium confidence". */
export function confidenceWords(what: 'date' | 'attribution', c: ConfidenceInput): string {
	return `${what}: ${c.level} confidence`;
}

const SUPPORT_NAMES: Record<SupportKindName, string> = {
	event: 'the event',
	date: 'the date',
	attribution: 'where the words come from',
	quote: 'its quotes',
	claim: 'its claim variants'
};

/** What a source cited for less than the whole event supports, and whether it is counted. */
export function supportWords(supports: readonly SupportKindName[]): string {
	const names = joinWords(supports.map((s) => SUPPORT_NAMES[s]));
	if (!supports.includes('event')) return `Supports only ${names}: not counted as a report of the event.`;
	return supports.includes('date') ? `Supports ${names}.` : `Supports ${names}; not the date.`;
}

/** The archived copy's line: "Archived copy (passages) · captured 21 November 2026, 14:03 UTC · sha256 3f2a…9c01". */
export function archiveWords(archive: Archive, digest: string | null): string {
	return archiveParts(archive, digest).join(' · ');
}

/** The parts of that line, each to be kept on one line. */
export function archiveParts(archive: Archive, digest: string | null): string[] {
	const parts = [`Archived copy (${archive.scope === 'full' ? 'full text' : 'passages'})`];
	const when = (text: string) => {
		const p = parseInstant(text);
		return p.ok ? formatInstant(p.value) : text;
	};
	if (archive.captured) parts.push(`captured ${when(archive.captured)}`);
	else if (archive.retrieved) parts.push(`retrieved ${when(archive.retrieved)}`);
	else parts.push('capture time not recorded');
	if (digest) parts.push(`sha256 ${shortDigest(digest)}`);
	return parts;
}

function joinWords(items: string[]): string {
	return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A digest as a reader compares it by eye: its first and last four digits. */
export function shortDigest(hex: string): string {
	return `${hex.slice(0, 4)}…${hex.slice(-4)}`;
}
