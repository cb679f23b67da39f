/**
 * Archived texts a published page does not carry: the site serves each as a static file, fetched
 * only when a reader asks to see it, and shown only if it matches the SHA-256 the page carries.
 */
import type { Archive, PublishedFile, Source } from './model';
import type { TimelineFile } from './schema';
import { sha256Hex } from './digest';
import { LIMITS } from './limits';

/**
 * The file as a published page carries it: every archived text left out, its SHA-256 kept (computed
 * here when the file has none) and `textHref(source id)` said instead. Only for a file that passed
 * the loader, which has checked every quote against its source's archived text.
 */
export function withoutArchivedTexts(file: PublishedFile, textHref: (sourceId: string) => string): PublishedFile {
	return {
		...file,
		sources: file.sources.map((s) => {
			if (s.archive?.text === undefined) return s;
			const { text, ...rest } = s.archive;
			return { ...s, archive: { ...rest, sha256: rest.sha256 ?? sha256Hex(text), textHref: textHref(s.id) } };
		})
	};
}

/** The file with the SHA-256 of every archived text filled in, as the site publishes it for download. */
export function withArchiveDigests<F extends TimelineFile | PublishedFile>(file: F): F {
	return {
		...file,
		sources: file.sources.map((s) =>
			s.archive?.text === undefined || s.archive.sha256
				? s
				: { ...s, archive: { ...s.archive, sha256: sha256Hex(s.archive.text) } }
		)
	};
}

/** The archived texts of a file, by source id, for the site's static files. */
export function archivedTexts(file: TimelineFile | PublishedFile): { source: string; text: string }[] {
	return file.sources.flatMap((s) => (s.archive?.text === undefined ? [] : [{ source: s.id, text: s.archive.text }]));
}

/** Why an archived text is not shown (worded in `words/evidence.ts`). */
export type ArchiveFailure =
	| { code: 'none' | 'unpublished' | 'offsite' | 'offline' | 'tooLong' }
	| { code: 'status'; status: number }
	| { code: 'mismatch'; digest: string };

/** An archived text to show, or why it is not shown. */
export type ArchivedText = { ok: true; text: string } | { ok: false; why: ArchiveFailure };

/** The SHA-256 of a source's archived text: the one it carries, else worked out from its text; null without either. */
export function archiveDigest(archive: Archive): string | null {
	return archive.sha256 ?? (archive.text === undefined ? null : sha256Hex(archive.text));
}

/**
 * A source's archived text: in hand, or fetched from the page's own site and checked against the
 * SHA-256 the page carries (a text that differs is never shown as the archived copy).
 */
export async function archivedText(source: Source, base: URL, fetchImpl: typeof fetch = fetch): Promise<ArchivedText> {
	const a = source.archive;
	if (!a) return { ok: false, why: { code: 'none' } };
	if (a.text !== undefined) return { ok: true, text: a.text };
	if (a.textHref === undefined || a.sha256 === undefined) return { ok: false, why: { code: 'unpublished' } };
	const url = new URL(a.textHref, base);
	if (url.origin !== base.origin) return { ok: false, why: { code: 'offsite' } };
	let res: Response;
	try {
		res = await fetchImpl(url, { credentials: 'same-origin', redirect: 'error' });
	} catch {
		return { ok: false, why: { code: 'offline' } };
	}
	if (!res.ok) return { ok: false, why: { code: 'status', status: res.status } };
	const text = await res.text();
	if (text.length > LIMITS.archive * 4) return { ok: false, why: { code: 'tooLong' } };
	const digest = sha256Hex(text);
	if (digest !== a.sha256) return { ok: false, why: { code: 'mismatch', digest } };
	return { ok: true, text };
}
