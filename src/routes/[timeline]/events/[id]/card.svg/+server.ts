// The link-preview card of an event, as SVG; the build renders it to card.png (scripts/render-cards.ts).
import { cardResponse } from '$lib/site/files.server';
import { eventEntries } from '$lib/site/pages.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = eventEntries;
export const GET: RequestHandler = ({ params }) => cardResponse(params.timeline, params.id);
