import { loadStory } from '$lib/site/story-routes';

export const load = loadStory;
