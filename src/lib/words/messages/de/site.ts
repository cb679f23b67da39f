import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Alle Zeitleisten',
	previewingFile: 'Vorschau von {file} (in Ihrem Browser gelesen, nicht hochgeladen).',
	showingLink: 'Angezeigt wird {file}, die Zeitleiste, die dieser Link nennt ({param}).',
	backToHome: 'Zurück zur mitgelieferten Geschichte',
	language: 'Sprache',
	theme: 'Darstellung',
	themes: { system: 'System', light: 'Hell', dark: 'Dunkel' }
} satisfies Messages['site'];
