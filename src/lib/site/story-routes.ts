/** Load functions shared by the site's and the embed's pages: both show the built-in story. */
import { error } from '@sveltejs/kit';
import { firstStory } from '../data/story/index';

/** Every event of the built-in story gets its own prerendered page. */
export function eventEntries(): { id: string }[] {
	return firstStory.ok ? firstStory.timeline.events.map((e) => ({ id: e.id })) : [];
}

/** The main page: fails the build (prerender) with the loader's own messages if the story is invalid. */
export function loadStory(): Record<string, never> {
	if (!firstStory.ok) {
		throw new Error(
			`the built-in story is invalid:\n${firstStory.errors.map((e) => `  ${e.file} ${e.path}: ${e.message}`).join('\n')}`
		);
	}
	return {};
}

/** An event page: a real 404 for an unknown id. */
export function loadEvent(id: string): { id: string } {
	loadStory();
	if (firstStory.ok && !firstStory.timeline.eventById.has(id)) error(404, `No event with the id “${id.slice(0, 80)}”.`);
	return { id };
}
