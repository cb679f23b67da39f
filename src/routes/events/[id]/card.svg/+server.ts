// The link-preview card of an event of the home timeline, as SVG; the build renders it to card.png.
import { cardResponse } from '$lib/site/files.server';
import { homeEventEntries } from '$lib/site/pages.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = homeEventEntries;
export const GET: RequestHandler = ({ params }) => cardResponse(null, params.id);
