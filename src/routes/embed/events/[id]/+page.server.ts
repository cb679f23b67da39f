import { homeEventEntries, timelinePage } from '$lib/site/pages.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = homeEventEntries;
export const load: PageServerLoad = ({ params }) => timelinePage(null, params.id);
