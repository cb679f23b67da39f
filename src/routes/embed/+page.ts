import { error } from '@sveltejs/kit';
import { firstStory } from '$lib/data/story';

/** Fails the build (prerender) with the loader's own messages if the built-in story is invalid. */
export function load() {
	if (!firstStory.ok) {
		error(500, firstStory.errors.map((e) => `${e.file} ${e.path}: ${e.message}`).join('\n'));
	}
	return {};
}
