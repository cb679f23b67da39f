import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Усі хронології',
	previewingFile: 'Попередній перегляд {file} (файл читається у вашому браузері й нікуди не завантажується).',
	showingLink: 'Показано {file} — хронологію, зазначену в цьому посиланні ({param}).',
	backToHome: 'Повернутися до вбудованого сюжету',
	language: 'Мова',
	theme: 'Тема',
	themes: { system: 'Як у системі', light: 'Світла', dark: 'Темна' },
	list: {
		title: 'Хронології',
		pageTitle: 'Хронології — Sourceline',
		events: (count, num) =>
			`${num.count(count)} ${num.plural(count, { one: 'подія', few: 'події', many: 'подій', other: 'події' })}`,
		unreliableOnly: (count, num) => `${num.count(count)} лише на ненадійних джерелах`,
		unsourced: (count, num) => `${num.count(count)} без зазначення джерела`,
		noEvents: 'подій поки немає'
	},
	notFound: {
		title: 'Не знайдено',
		error: 'Щось пішло не так',
		pageTitle: 'Не знайдено — Sourceline',
		errorPageTitle: 'Помилка — Sourceline',
		noEvent: (id) => `У цій хронології немає події з ідентифікатором «${id}». Можливо, її перейменували або видалили.`,
		noPage: 'Такої сторінки немає.',
		back: 'Повернутися до хронології'
	}
} satisfies Messages['site'];
