/** The built-in first story, validated by the same loader as any author's file. */
import story from '../../../../timelines/us-nuclear-umbrella-2025.json';
import { loadTimelineData } from '../load';

export const FIRST_STORY_FILE = 'timelines/us-nuclear-umbrella-2025.json';

/** The first story, loaded once per page load (and at build time, where errors fail the build). */
export const firstStory = loadTimelineData(story, FIRST_STORY_FILE);
