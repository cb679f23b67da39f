/**
 * Links from data are followed only when they are plain http(s) URLs. The check runs on the raw text,
 * before the URL parser, because the parser forgives what an attacker relies on: leading spaces and
 * control characters, tabs inside the scheme ("java\tscript:"), mixed case.
 */

// Anything at or below space, DEL, and the Unicode controls/format characters that hide text.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** Why a URL is refused, as an issue code (see issue-codes.ts). */
export type UrlProblem = 'urlUnsafeChars' | 'urlNotHttp' | 'urlUnparsable' | 'urlCredentials' | 'urlNoHost';

/** Why a URL is refused, or null when it is a safe http(s) link. */
export function urlProblem(raw: string): UrlProblem | null {
	if (UNSAFE_CHARS.test(raw)) return 'urlUnsafeChars';
	if (!/^https?:\/\//i.test(raw)) return 'urlNotHttp';
	let u: URL;
	try {
		u = new URL(raw);
	} catch {
		return 'urlUnparsable';
	}
	if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'urlNotHttp';
	if (u.username || u.password) return 'urlCredentials';
	if (!u.hostname) return 'urlNoHost';
	return null;
}

/** The normalised href of a safe http(s) URL, or null. Call it again wherever a data URL becomes a link. */
export function safeHttpUrl(raw: string): string | null {
	return urlProblem(raw) === null ? new URL(raw).href : null;
}
