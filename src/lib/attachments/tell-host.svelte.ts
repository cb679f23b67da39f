/**
 * In an embed, tell the host page how tall the embed is and which event is open (the messages are
 * described in src/lib/share/embed.ts), so its iframe never shows a scrollbar or a blank.
 */
import type { Attachment } from 'svelte/attachments';
import type { EmbedMessage } from '$lib/share/embed';

/** What the embed reports besides its height: the open event and its link. */
export interface Reported {
	readonly event: string | null;
	readonly url: string | null;
}

/** Attach to the embed's root; does nothing outside an iframe. */
export function tellHost(reported: () => Reported): Attachment<HTMLElement> {
	return (node) => {
		if (window.parent === window) return;
		const post = (m: EmbedMessage) => window.parent.postMessage(m, '*');
		let last = 0;
		const observer = new ResizeObserver(() => {
			// The document's height, margins included: what the iframe must be to show all of it.
			const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
			if (height !== last) post({ sourceline: 1, type: 'height', height: (last = height) });
		});
		observer.observe(node);
		observer.observe(document.documentElement);
		$effect(() => {
			const { event, url } = reported();
			post({ sourceline: 1, type: 'event', event, url });
		});
		return () => observer.disconnect();
	};
}
