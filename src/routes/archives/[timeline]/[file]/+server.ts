// Every archived text of the site's timelines, /archives/<timeline>/<source>.txt, fetched by the panel
// when a reader asks to see one (the pages do not carry them).
import { archiveEntries, archiveResponse } from '$lib/site/archives.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = archiveEntries;
export const GET: RequestHandler = ({ params }) => archiveResponse(params.timeline, params.file);
