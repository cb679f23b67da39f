// A timeline's oEmbed document, /oembed/<timeline>.json: what a CMS turns a pasted link into.
import { oembedEntries, oembedResponse } from '$lib/site/files.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = oembedEntries;
export const GET: RequestHandler = ({ params }) => oembedResponse(params.file);
