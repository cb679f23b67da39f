import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LOCALE, dirOf } from '$lib/words/locales';

/** `<html lang dir>` in the page's language, which the root layout's load decides. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const locale = event.locals.locale ?? DEFAULT_LOCALE;
			return html.replace('%lang%', locale).replace('%dir%', dirOf(locale));
		}
	});
