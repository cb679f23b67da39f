/**
 * The site's public base URL, for canonical links, OpenGraph tags and shared links. Set it at build
 * time with PUBLIC_SITE_URL (e.g. `PUBLIC_SITE_URL=https://timelines.example.org npm run build`);
 * the default suits `npm start` on this machine.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** The configured base URL without a trailing slash. */
export const SITE_URL: string = normaliseBase(typeof __SITE_URL__ === 'string' ? __SITE_URL__ : DEFAULT_SITE_URL);

/** An http(s) base URL without a trailing slash; anything else falls back to the default. */
export function normaliseBase(raw: string): string {
	try {
		const u = new URL(raw);
		if (u.protocol !== 'http:' && u.protocol !== 'https:') return DEFAULT_SITE_URL;
		return (u.origin + u.pathname).replace(/\/+$/, '');
	} catch {
		return DEFAULT_SITE_URL;
	}
}

/** Absolute URL of a site path ("/events/x"). */
export function absolute(path: string, base = SITE_URL): string {
	return base + path;
}
