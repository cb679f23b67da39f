import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Все хронологии',
	previewingFile: 'Предпросмотр файла {file}: он открыт в вашем браузере и никуда не загружается.',
	showingLink: 'Показан файл {file} — хронология, на которую указывает эта ссылка ({param}).',
	backToHome: 'Вернуться к встроенному сюжету',
	language: 'Язык',
	theme: 'Тема',
	themes: { system: 'Как в системе', light: 'Светлая', dark: 'Тёмная' },
	list: {
		title: 'Хронологии',
		pageTitle: 'Хронологии — Sourceline',
		events: (count, num) =>
			`${num.count(count)} ${num.plural(count, { one: 'событие', few: 'события', many: 'событий', other: 'события' })}`,
		unreliableOnly: (count, num) => `${num.count(count)} — только по ненадёжным источникам`,
		unsourced: (count, num) => `${num.count(count)} — без указания источника`,
		noEvents: 'событий пока нет'
	},
	notFound: {
		title: 'Не найдено',
		error: 'Что-то пошло не так',
		pageTitle: 'Не найдено — Sourceline',
		errorPageTitle: 'Ошибка — Sourceline',
		noEvent: (id) =>
			`В этой хронологии нет события с идентификатором «${id}». Возможно, его переименовали или удалили.`,
		noPage: 'Такой страницы нет.',
		back: 'Вернуться к хронологии'
	}
} satisfies Messages['site'];
