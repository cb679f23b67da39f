/** The built-in first story, validated by the same loader as any author's file. */
import story from './first-story.json';
import { loadTimelineData } from '../load';

export const FIRST_STORY_FILE = 'first-story.json';

/** The first story, loaded once per page load (and at build time, where errors fail the build). */
export const firstStory = loadTimelineData(story, FIRST_STORY_FILE);
