import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Todas las cronologías',
	language: 'Idioma',
	theme: 'Tema',
	themes: { system: 'Sistema', light: 'Claro', dark: 'Oscuro' }
} satisfies Messages['site'];
