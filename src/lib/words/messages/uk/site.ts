import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Усі хронології',
	previewingFile: 'Попередній перегляд файлу {file} (його прочитано у вашому браузері, на сервер нічого не надіслано).',
	showingLink: 'Показано {file} — хронологію, на яку вказує це посилання ({param}).',
	backToHome: 'Повернутися до вбудованого сюжету',
	language: 'Мова',
	theme: 'Тема',
	themes: { system: 'Як у системі', light: 'Світла', dark: 'Темна' },
	list: {
		title: 'Хронології',
		pageTitle: 'Хронології — Sourceline',
		events: (count, num) =>
			`${num.count(count)} ${num.plural(count, { one: 'подія', few: 'події', many: 'подій', other: 'події' })}`,
		unreliableOnly: (count, num) => `${num.count(count)} лише з ненадійними джерелами`,
		unsourced: (count, num) => `${num.count(count)} без зазначення джерела`,
		noEvents: 'подій поки що немає'
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
