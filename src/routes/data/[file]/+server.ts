// Every published timeline as a file to download: /data/<id>.json (Sourceline JSON) and /data/<id>.csv.
import { dataEntries, dataResponse } from '$lib/site/files.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = dataEntries;
export const GET: RequestHandler = ({ params }) => dataResponse(params.file);
