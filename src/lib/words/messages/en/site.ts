/** The site around a timeline: header, language and theme menus, the list of timelines, the not-found page. */
export default {
	brand: 'Sourceline',
	allTimelines: 'All timelines',
	language: 'Language',
	theme: 'Theme',
	themes: { system: 'System', light: 'Light', dark: 'Dark' }
};
