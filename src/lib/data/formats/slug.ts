/**
 * Ids made at import for rows and slides that have none. Made once, from what the author wrote, and
 * written into the converted file, so they stay the same across rebuilds as long as the text does.
 */
import { LIMITS } from '../limits';

/** A slug of any text: lowercase ASCII letters and digits, single hyphens ("Édith Clarke: 1948" → "edith-clarke-1948"). */
export function slugify(text: string, max: number = LIMITS.id): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug.slice(0, max).replace(/-+$/, '');
}

/** A slug not yet in `taken` (which it joins): "x", then "x-2", "x-3" … `fallback` when the text has no letters or digits. */
export function uniqueSlug(text: string, taken: Set<string>, fallback = 'event'): string {
	const base = slugify(text, LIMITS.id - 6) || fallback;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** A source id from its URL: host and path ("https://www.tass.com/world/2063657" → "tass-com-world-2063657"). */
export function sourceSlug(url: string, taken: Set<string>): string {
	let text = url;
	try {
		const u = new URL(url);
		text = u.hostname.replace(/^www\./, '') + u.pathname + u.search;
	} catch {
		// Not a URL: the loader says so; the id is made from the text as it is.
	}
	return uniqueSlug(text, taken, 'source');
}
