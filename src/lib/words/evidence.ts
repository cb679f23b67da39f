/** The evidence behind an event in words: what a quote's archived copy shows, what a source supports, how sure a detail is. */
import type { ArchiveFailure } from '$lib/data/archive-text';
import type { Archive, Source } from '$lib/data/model';
import type { ConfidenceInput, QuoteInput, SupportKindName } from '$lib/data/schema';
import type { QuoteCheck } from '$lib/data/verbatim';
import { parseInstant } from '$lib/time/dates';
import { intlTag } from './plural';
import type { Words } from './words';

/**
 * The quote box's line on the archived copy. A verbatim match proves only that the page printed the
 * words, so for a look-alike site or a rewrite the line says whose page it is.
 */
export function quoteCheckWords(check: QuoteCheck, source: Source | undefined, words: Words, origin?: Source): string {
	const m = words.m.evidence.quote.check;
	if (check === 'unchecked') return source?.kind === 'unreliable' ? m.uncheckedLookalike : m.unchecked;
	if (check === 'absent') return m.absent;
	if (source?.kind === 'unreliable') return m.lookalike;
	if (source?.kind === 'derivative') return origin && origin !== source ? m.rewriteOf(origin.publisher) : m.rewrite;
	return m.verbatim;
}

/** Who translated a quote given in translation, and from which language. */
export function translatedFromWords(t: NonNullable<QuoteInput['translatedFrom']>, words: Words): string {
	const m = words.m.evidence.quote;
	return t.language ? m.translatedFrom({ language: languageName(t.language, words), by: t.by }) : m.translatedBy(t.by);
}

const names = new Map<string, Intl.DisplayNames | null>();

/**
 * A language tag as a reader of the interface names the language ("de" → "Deutsch", "немецкий").
 * English shows the tag, as it always has (and an English page makes no `Intl` call on its way in).
 */
export function languageName(tag: string, words: Words): string {
	if (words.locale === 'en') return tag;
	let n = names.get(words.locale);
	if (n === undefined) {
		try {
			n = new Intl.DisplayNames(intlTag(words.locale), { type: 'language', fallback: 'code' });
		} catch {
			n = null;
		}
		names.set(words.locale, n);
	}
	try {
		return n?.of(tag) ?? tag;
	} catch {
		return tag; // not a well-formed tag: shown as written
	}
}

/** A detail's confidence in a few words: "date: medium confidence". */
export function confidenceWords(what: 'date' | 'attribution', c: ConfidenceInput, words: Words): string {
	const m = words.m.evidence.confidence;
	return m.of({ what: m[what], level: m.levels[c.level] });
}

/** What a source cited for less than the whole event supports, and whether it is counted. */
export function supportWords(supports: readonly SupportKindName[], words: Words): string {
	const m = words.m.evidence.support;
	const names = m.and(supports.map((s) => m.kinds[s]));
	if (!supports.includes('event')) return m.only(names);
	return supports.includes('date') ? m.withDate(names) : m.notDate(names);
}

/** The archived copy's line: "Archived copy (passages) · captured 21 November 2026, 14:03 UTC · sha256 3f2a…9c01". */
export function archiveWords(archive: Archive, digest: string | null, words: Words): string {
	return archiveParts(archive, digest, words).join(' · ');
}

/** The parts of that line, each to be kept on one line. */
export function archiveParts(archive: Archive, digest: string | null, words: Words): string[] {
	const m = words.m.evidence.archive;
	const parts = [archive.scope === 'full' ? m.copy.full : m.copy.passages];
	const when = (text: string) => {
		const p = parseInstant(text);
		return p.ok ? words.date.instant(p.value) : text;
	};
	if (archive.captured) parts.push(m.captured(when(archive.captured)));
	else if (archive.retrieved) parts.push(m.retrieved(when(archive.retrieved)));
	else parts.push(m.noTime);
	if (digest) parts.push(`sha256 ${shortDigest(digest)}`);
	return parts;
}

/** Why an archived text is not shown. */
export function archiveFailureWords(f: ArchiveFailure, words: Words): string {
	const m = words.m.evidence.archive.failed;
	if (f.code === 'status') return m.status(f.status);
	if (f.code === 'mismatch') return m.mismatch(f.digest.slice(0, 12));
	return m[f.code];
}

/** A digest as a reader compares it by eye: its first and last four digits. */
export function shortDigest(hex: string): string {
	return `${hex.slice(0, 4)}…${hex.slice(-4)}`;
}
