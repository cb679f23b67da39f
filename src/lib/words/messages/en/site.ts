/** The site around a timeline: header, language and theme menus, the list of timelines, the not-found page. */
import type { Numbers } from '../../plural';

export default {
	brand: 'Sourceline',
	allTimelines: 'All timelines',
	previewingFile: 'Previewing {file} (read in your browser, not uploaded).',
	showingLink: 'Showing {file}, the timeline this link names ({param}).',
	backToHome: 'Back to the built-in story',
	language: 'Language',
	theme: 'Theme',
	themes: { system: 'System', light: 'Light', dark: 'Dark' },
	/** The list of the site's timelines. */
	list: {
		title: 'Timelines',
		pageTitle: 'Timelines — Sourceline',
		/** A timeline's facts, joined by " · ". */
		events: (count: number, num: Numbers) => `${num.count(count)} ${count === 1 ? 'event' : 'events'}`,
		unreliableOnly: (count: number, num: Numbers) => `${num.count(count)} only on unreliable sources`,
		unsourced: (count: number, num: Numbers) => `${num.count(count)} with no source given`,
		noEvents: 'no events yet'
	},
	/** The page for an address that names nothing (or an error). */
	notFound: {
		title: 'Not found',
		error: 'Something went wrong',
		/** The tab's title: "Not found — Sourceline", "Error — Sourceline". */
		pageTitle: 'Not found — Sourceline',
		errorPageTitle: 'Error — Sourceline',
		noEvent: (id: string) =>
			`There is no event with the id “${id}” in this timeline. It may have been renamed or removed.`,
		noPage: 'This page does not exist.',
		back: 'Back to the timeline'
	}
};
