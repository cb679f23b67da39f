/**
 * `?data=<url>`: a timeline fetched by URL. Same origin only by default; the response must say it is
 * JSON, and its size is capped while streaming (a Content-Length can be missing or false).
 */
import { LIMITS } from './limits';
import { excerpt } from '../time/dates';
import type { LoadError } from './load';
import { decodeBytes } from './decode';

/** The fetched text, or errors that name the URL and the reason. */
export type Fetched = { ok: true; text: string; file: string } | { ok: false; errors: LoadError[] };

const JSON_TYPE = /^(application|text)\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

/** A short name for a dataset URL, for error messages: its last path segment, or the URL. */
export function fileNameOf(url: URL): string {
	const last = decodeURIComponentSafe(url.pathname.split('/').filter(Boolean).pop() ?? '');
	return excerpt(last || url.href, 60);
}
function decodeURIComponentSafe(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** Resolve a `data` parameter against the page, refusing anything that is not same-origin http(s). */
export function resolveDataUrl(
	raw: string,
	page: URL,
	allowCrossOrigin = false
): { ok: true; url: URL } | { ok: false; reason: string } {
	if (raw.length > 2000) return { ok: false, reason: 'the data URL is longer than 2000 characters' };
	let url: URL;
	try {
		url = new URL(raw, page);
	} catch {
		return { ok: false, reason: 'the data URL cannot be parsed' };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return { ok: false, reason: 'the data URL is not http(s)' };
	if (url.username || url.password)
		return { ok: false, reason: 'the data URL must not contain a user name or password' };
	if (!allowCrossOrigin && url.origin !== page.origin) {
		return { ok: false, reason: `only timelines from this site (${page.origin}) can be opened with ?data=` };
	}
	return { ok: true, url };
}

/**
 * Fetch a timeline's text, checking the type and capping the size while reading. `onHeaders` hears
 * the declared size (null when none, or when the body is compressed) before the body is read, so
 * work for a large file can start.
 */
export async function fetchTimelineText(
	url: URL,
	fetchImpl: typeof fetch = fetch,
	limit: number = LIMITS.fileBytes,
	onHeaders?: (declaredBytes: number | null) => void
): Promise<Fetched> {
	const file = fileNameOf(url);
	const fail = (message: string): Fetched => ({ ok: false, errors: [{ file, path: '(file)', message }] });
	let res: Response;
	try {
		res = await fetchImpl(url, {
			credentials: 'same-origin',
			redirect: 'error',
			headers: { accept: 'application/json' }
		});
	} catch (e) {
		return fail(`could not be fetched: ${excerpt(e instanceof Error ? e.message : String(e), 120)}`);
	}
	if (!res.ok) return fail(`could not be fetched: the server answered ${res.status}`);
	const type = res.headers.get('content-type') ?? '';
	if (!JSON_TYPE.test(type)) return fail(`is served as "${excerpt(type || 'no content type', 60)}", not JSON`);
	const declared = Number(res.headers.get('content-length'));
	const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
	if (Number.isFinite(declared) && declared > limit) return fail(`is ${mb(declared)} MB; the limit is ${mb(limit)} MB`);
	if (!res.body) return fail('has no body');
	// A compressed body's length says nothing of the text's size (33 MB of JSON gzips to 5 MB).
	const encoded = (res.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
	onHeaders?.(res.headers.has('content-length') && Number.isFinite(declared) && !encoded ? declared : null);
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			return fail(`is larger than the limit of ${mb(limit)} MB (stopped reading at ${mb(size)} MB)`);
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.byteLength;
	}
	// The one decoding rule of every door (a UTF-16 file with its byte-order mark, too).
	const decoded = decodeBytes(bytes, file);
	return decoded.ok ? { ok: true, text: decoded.text, file } : decoded;
}
