/** Report an element's content size whenever it changes. */
import type { Attachment } from 'svelte/attachments';

export function resized(onSize: (width: number, height: number) => void): Attachment<HTMLElement> {
	return (node) => {
		const ro = new ResizeObserver(([entry]) => {
			if (entry) onSize(Math.round(entry.contentRect.width), Math.round(entry.contentRect.height));
		});
		ro.observe(node);
		return () => ro.disconnect();
	};
}
