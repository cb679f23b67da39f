import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Alle Zeitleisten',
	language: 'Sprache',
	theme: 'Darstellung',
	themes: { system: 'System', light: 'Hell', dark: 'Dunkel' }
} satisfies Messages['site'];
