import type { Handle, ServerInit } from '@sveltejs/kit';
import { loadWords } from '$lib/words/catalogue';
import { DEFAULT_LOCALE, LOCALES, dirOf } from '$lib/words/locales';

/** Every catalogue, before the first page is rendered: each page then renders in its language at once. */
export const init: ServerInit = async () => {
	await Promise.all(LOCALES.map(loadWords));
};

/** `<html lang dir>` in the page's language, which the root layout's load decides (and `hooks.client.ts` reads). */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const locale = event.locals.locale ?? DEFAULT_LOCALE;
			return html.replace('%lang%', locale).replace('%dir%', dirOf(locale));
		}
	});
