// The site's security policy, in one place: the Content-Security-Policy that SvelteKit writes into
// every page as a <meta> tag (svelte.config.js), and the response headers a static host must send
// because a <meta> tag cannot (scripts/headers.mjs writes them as build/_headers and docs/nginx.conf).

/** CSP directives for the <meta> tag (SvelteKit adds the hashes of its inline scripts). */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	// Svelte writes a few computed style attributes (tooltip position, badge colour).
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['none'],
	'require-trusted-types-for': ['script'],
	'trusted-types': ['svelte-trusted-html', 'sveltekit-trusted-url', 'sourceline-worker']
};

/** Who may frame the site's pages: only itself, except the embed pages, which any site may frame. */
export const FRAME_ANCESTORS = { pages: "'self'", embed: '*' };

/** Headers for every response. */
export const EVERY_RESPONSE = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin'
};
