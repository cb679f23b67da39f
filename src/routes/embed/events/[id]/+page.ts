import { error } from '@sveltejs/kit';
import { firstStory } from '$lib/data/story';
import type { EntryGenerator, PageLoad } from './$types';

/** Every event of the built-in story gets its own prerendered page. */
export const entries: EntryGenerator = () => (firstStory.ok ? firstStory.timeline.events.map((e) => ({ id: e.id })) : []);

export const load: PageLoad = ({ params }) => {
	if (!firstStory.ok) error(500, 'The built-in story is invalid.');
	if (!firstStory.timeline.eventById.has(params.id)) error(404, `No event with the id “${params.id.slice(0, 80)}”.`);
	return { id: params.id };
};
