import type { Messages } from '../en';

export default {
	region: 'Хронологія',
	roleDescription: 'масштабована хронологія',
	marks: 'Позначки на хронології',
	mark: {
		event: ({ title, when, verdict }) => `${title}, ${when}, ${verdict}`,
		inLanes: (lanes, num) =>
			num.plural(lanes.length, { one: `; на доріжці ${lanes[0]}`, other: `; на доріжках ${lanes.join(', ')}` }),
		cluster: ({ count, from }, num) => {
			const n = num.count(count);
			const rest = `, починаючи з ${from}; наблизити`;
			return num.plural(count, {
				one: `Ще ${n} подія${rest}`,
				few: `Ще ${n} події${rest}`,
				many: `Ще ${n} подій${rest}`,
				other: `Ще ${n} події${rest}`
			});
		}
	},
	toolbar: {
		label: 'Керування хронологією',
		zoomIn: 'Наблизити',
		zoomInTip: 'Наблизити (+)',
		zoomOut: 'Віддалити',
		zoomOutTip: 'Віддалити (−)',
		earlier: 'Зсунути назад у часі',
		earlierTip: 'Раніше (←)',
		later: 'Зсунути вперед у часі',
		laterTip: 'Пізніше (→)',
		fitAll: 'Показати все'
	},
	tabs: { label: 'Під хронологією', events: 'Події', sources: 'Джерела' },
	list: {
		title: 'Події',
		count: ({ shown, total }, num) => `(${num.count(shown)} з ${num.count(total)})`,
		showAll: 'Показати всі, а не лише видимі',
		sources: 'Джерела:'
	},
	sources: {
		title: 'Джерела',
		count: (n, num) => `(${num.count(n)})`,
		caption:
			'Усі джерела разом із їхніми передруками: мережу сайтів-двійників показано однією групою під повідомленням, яке вона передруковує.',
		columns: {
			publisher: 'Видання',
			kind: 'Тип',
			published: 'Опубліковано',
			derivedFrom: 'Походження',
			reports: 'Повідомляє про'
		},
		kinds: {
			primary: 'першоджерело',
			wire: 'інформагенція',
			news: 'ЗМІ',
			derivative: 'передрук',
			unreliable: 'ненадійне джерело',
			unknown: 'невідомо'
		},
		notShown: 'не вказано',
		rewriteOf: (publisher) => `передрук матеріалу ${publisher}`,
		network: ({ publisher, count }, num) => {
			const n = num.count(count);
			return num.plural(count, {
				one: `${publisher} і ${n} передрук`,
				few: `${publisher} і ${n} передруки`,
				many: `${publisher} і ${n} передруків`,
				other: `${publisher} і ${n} передруку`
			});
		}
	}
} satisfies Messages['timeline'];
