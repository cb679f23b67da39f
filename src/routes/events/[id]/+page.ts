import { eventEntries, loadEvent } from '$lib/site/story-routes';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = eventEntries;
export const load: PageLoad = ({ params }) => loadEvent(params.id);
