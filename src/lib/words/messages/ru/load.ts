import type { Messages } from '../en';

export default {
	opener: {
		template: 'Шаблон CSV',
		open: 'Открыть файл хронологии…',
		drop: 'Отпустите файл хронологии (JSON или CSV), чтобы открыть предпросмотр'
	},
	status: {
		loading: (name) => `Загрузка ${name}…`,
		loadingAt: (name, stage) => `Загрузка ${name}: ${stage}…`,
		reading: (percent) => `чтение ${percent} %`,
		checking: 'проверка',
		drawing: 'отрисовка'
	},
	refused: {
		unworded: (file) =>
			`${file} не загружен, и причину получить не удалось: проверьте подключение и попробуйте ещё раз.`,
		retry: 'Повторить',
		dismiss: 'Закрыть'
	}
} satisfies Messages['load'];
