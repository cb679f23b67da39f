// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** PUBLIC_SITE_URL at build time (see src/lib/share/site.ts). */
	const __SITE_URL__: string;
	interface Window {
		/** A `?data=` fetch started before the app loaded (static/early-data.js). */
		__sourcelineEarlyData?: { href: string; response: Promise<Response> };
	}
	namespace App {
		// interface Error {}
		interface Locals {
			/** The page's language, set by the root layout's load for `<html lang dir>` (src/hooks.server.ts). */
			locale?: import('$lib/words/locales').Locale;
		}
		// interface PageData {}
		/** The event selected in a shallow-routed history entry (see src/lib/state/url-sync.svelte.ts). */
		interface PageState {
			selected?: string | null;
		}
		// interface Platform {}
	}
}

export {};
