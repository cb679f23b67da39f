/** The site around a timeline: header, language and theme menus, the list of timelines, the not-found page. */
export default {
	brand: 'Sourceline',
	allTimelines: 'All timelines',
	previewingFile: 'Previewing {file} (read in your browser, not uploaded).',
	showingLink: 'Showing {file}, the timeline this link names ({param}).',
	backToHome: 'Back to the built-in story',
	language: 'Language',
	theme: 'Theme',
	themes: { system: 'System', light: 'Light', dark: 'Dark' }
};
