import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Усі хронології',
	language: 'Мова',
	theme: 'Тема',
	themes: { system: 'Як у системі', light: 'Світла', dark: 'Темна' }
} satisfies Messages['site'];
