// The link-preview image of an event, rendered at build time from its SVG card.
import { error } from '@sveltejs/kit';
import { firstStory } from '$lib/data/story';
import { eventEntries } from '$lib/site/story-routes';
import { cardSvg } from '$lib/share/card';
import { renderPng } from '$lib/share/render-png.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = eventEntries;

export const GET: RequestHandler = ({ params }) => {
	if (!firstStory.ok) error(500, 'the built-in story is invalid');
	const t = firstStory.timeline;
	const e = t.eventById.get(params.id);
	if (!e) error(404, 'no such event');
	const png = renderPng(cardSvg(t, e, e.corroboration));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
