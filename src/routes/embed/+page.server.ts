import { timelinePage } from '$lib/site/pages.server';

export const load = () => timelinePage(null);
