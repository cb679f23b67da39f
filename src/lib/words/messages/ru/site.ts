import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Все хронологии',
	previewingFile: 'Предпросмотр {file} (файл читается в вашем браузере и никуда не загружается).',
	showingLink: 'Показан {file} — хронология, указанная в этой ссылке ({param}).',
	backToHome: 'Вернуться к встроенному сюжету',
	language: 'Язык',
	theme: 'Тема',
	themes: { system: 'Как в системе', light: 'Светлая', dark: 'Тёмная' }
} satisfies Messages['site'];
