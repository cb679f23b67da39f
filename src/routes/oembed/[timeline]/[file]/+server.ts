// An event's oEmbed document, /oembed/<timeline>/<event>.json.
import { oembedEventEntries, oembedResponse } from '$lib/site/files.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = oembedEventEntries;
export const GET: RequestHandler = ({ params }) => oembedResponse(params.timeline, params.file);
