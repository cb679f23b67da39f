import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Все хронологии',
	language: 'Язык',
	theme: 'Тема',
	themes: { system: 'Как в системе', light: 'Светлая', dark: 'Тёмная' }
} satisfies Messages['site'];
