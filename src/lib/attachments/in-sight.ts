import type { Attachment } from 'svelte/attachments';

/**
 * On a narrow screen, where the open event is a sheet over the lower part of the page, scroll the
 * element (the timeline) to the top once, so that the event's link opens with both in sight.
 */
export function inSight(when: boolean, query = '(max-width: 900px)'): Attachment<HTMLElement> {
	return (node) => {
		if (when && window.matchMedia(query).matches) node.scrollIntoView({ block: 'start' });
	};
}
