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
	}
} satisfies Messages['load'];
