import { timelineEntries, timelinePage } from '$lib/site/pages.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = timelineEntries;
export const load: PageServerLoad = ({ params }) => timelinePage(params.timeline);
