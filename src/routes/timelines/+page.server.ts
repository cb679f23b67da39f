import { listPage } from '$lib/site/pages.server';

export const load = listPage;
