import { rootPage } from '$lib/site/pages.server';

export const load = rootPage;
