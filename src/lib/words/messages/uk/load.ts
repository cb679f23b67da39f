import type { Messages } from '../en';

export default {
	opener: {
		template: 'Шаблон CSV',
		open: 'Відкрити файл хронології…',
		drop: 'Перетягніть сюди файл хронології (JSON або CSV), щоб переглянути його'
	},
	status: {
		loading: (name) => `Завантаження ${name}…`,
		loadingAt: (name, stage) => `Завантаження ${name}: ${stage}…`,
		reading: (percent) => `читання ${percent} %`,
		checking: 'перевірка',
		drawing: 'відображення'
	},
	refused: {
		unworded: (file) =>
			`${file} не завантажено, і причину отримати не вдалося: перевірте з’єднання та спробуйте ще раз.`,
		retry: 'Спробувати ще раз',
		dismiss: 'Закрити'
	}
} satisfies Messages['load'];
