import { loadStory } from '$lib/data/story/routes';

export const load = loadStory;
