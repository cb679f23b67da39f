import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Toutes les chronologies',
	language: 'Langue',
	theme: 'Thème',
	themes: { system: 'Système', light: 'Clair', dark: 'Sombre' }
} satisfies Messages['site'];
