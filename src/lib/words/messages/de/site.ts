import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Alle Zeitleisten',
	previewingFile: 'Vorschau von {file} (nur in Ihrem Browser geöffnet, nicht hochgeladen).',
	showingLink: 'Angezeigt wird {file}, die in diesem Link angegebene Zeitleiste ({param}).',
	backToHome: 'Zurück zur mitgelieferten Zeitleiste',
	language: 'Sprache',
	theme: 'Darstellung',
	themes: { system: 'System', light: 'Hell', dark: 'Dunkel' },
	list: {
		title: 'Zeitleisten',
		pageTitle: 'Zeitleisten — Sourceline',
		events: (count, num) => `${num.count(count)} ${count === 1 ? 'Ereignis' : 'Ereignisse'}`,
		unreliableOnly: (count, num) => `${num.count(count)} nur aus unzuverlässigen Quellen`,
		unsourced: (count, num) => `${num.count(count)} ohne Quellenangabe`,
		noEvents: 'noch keine Ereignisse'
	},
	notFound: {
		title: 'Nicht gefunden',
		error: 'Etwas ist schiefgelaufen',
		pageTitle: 'Nicht gefunden — Sourceline',
		errorPageTitle: 'Fehler — Sourceline',
		noEvent: (id) =>
			`In dieser Zeitleiste gibt es kein Ereignis mit der ID „${id}“. Vielleicht wurde es umbenannt oder entfernt.`,
		noPage: 'Diese Seite gibt es nicht.',
		back: 'Zurück zur Zeitleiste'
	}
} satisfies Messages['site'];
