import { rootPage } from '$lib/site/pages.server';

// The home timeline's embed; on a site without one, the list of timelines (the build always writes /embed).
export const load = rootPage;
