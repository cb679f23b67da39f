import { pageLocale, siteLocales } from '$lib/site/pages.server';
import type { LayoutServerLoad } from './$types';

// The page's language is known when it is built: its timeline's.
export const load: LayoutServerLoad = async ({ params, locals }) => {
	const locale = await pageLocale('timeline' in params ? params.timeline : undefined);
	locals.locale = locale;
	return { locale, siteLocales: await siteLocales() };
};
