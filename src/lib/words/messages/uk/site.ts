import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Усі хронології',
	previewingFile: 'Попередній перегляд {file} (файл читається у вашому браузері й нікуди не завантажується).',
	showingLink: 'Показано {file} — хронологію, зазначену в цьому посиланні ({param}).',
	backToHome: 'Повернутися до вбудованого сюжету',
	language: 'Мова',
	theme: 'Тема',
	themes: { system: 'Як у системі', light: 'Світла', dark: 'Темна' }
} satisfies Messages['site'];
