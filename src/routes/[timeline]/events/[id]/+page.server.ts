import { eventEntries, timelinePage } from '$lib/site/pages.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = eventEntries;
export const load: PageServerLoad = ({ params }) => timelinePage(params.timeline, params.id);
