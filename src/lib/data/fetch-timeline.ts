/**
 * `?data=<url>`: a timeline fetched by URL. Same origin only by default; the response must say it is
 * JSON, and its size is capped while streaming (a Content-Length can be missing or false).
 */
import { LIMITS } from './limits';
import { excerpt } from '../time/dates';
import type { LoadError } from './load';
import { decodeBytes } from './decode';
import { fileError } from './errors';
import type { Coded } from './issue-codes';
import { issue } from './issue-codes';

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
): { ok: true; url: URL } | { ok: false; why: Coded } {
	const refuse = (why: Coded) => ({ ok: false as const, why });
	if (raw.length > 2000) return refuse(issue('dataUrlTooLong', {}));
	let url: URL;
	try {
		url = new URL(raw, page);
	} catch {
		return refuse(issue('dataUrlUnparsable', {}));
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse(issue('dataUrlNotHttp', {}));
	if (url.username || url.password) return refuse(issue('dataUrlCredentials', {}));
	if (!allowCrossOrigin && url.origin !== page.origin) {
		return refuse(issue('dataUrlOtherSite', { origin: page.origin }));
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
	const fail = (c: Coded): Fetched => ({ ok: false, errors: [fileError(file, c)] });
	let res: Response;
	try {
		res = await fetchImpl(url, {
			credentials: 'same-origin',
			redirect: 'error',
			headers: { accept: 'application/json' }
		});
	} catch (e) {
		return fail(issue('fetchFailed', { detail: excerpt(e instanceof Error ? e.message : String(e), 120) }));
	}
	if (!res.ok) return fail(issue('fetchStatus', { status: res.status }));
	const type = res.headers.get('content-type') ?? '';
	if (!JSON_TYPE.test(type)) return fail(issue('notServedAsJson', { type: excerpt(type, 60) }));
	const declared = Number(res.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > limit) return fail(issue('fileTooBig', { size: declared, limit }));
	if (!res.body) return fail(issue('noBody', {}));
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
			return fail(issue('tooBigWhileReading', { size, limit }));
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
