// The link-preview image of an event, rendered at build time from its SVG card.
import { cardResponse } from '$lib/site/files.server';
import { eventEntries } from '$lib/site/pages.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = eventEntries;
export const GET: RequestHandler = ({ params }) => cardResponse(params.timeline, params.id);
