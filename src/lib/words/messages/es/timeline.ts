import type { Messages } from '../en';

export default {
	region: 'Cronología',
	roleDescription: 'cronología con zoom',
	marks: 'Marcas de la cronología',
	mark: {
		event: ({ title, when, verdict }) => `${title}, ${when}, ${verdict}`,
		inLanes: (lanes, num) =>
			num.plural(lanes.length, { one: `; en el carril ${lanes[0]}`, other: `; en los carriles ${lanes.join(', ')}` }),
		cluster: ({ count, from }, num) =>
			num.plural(count, {
				one: `${num.count(count)} evento más desde ${from}; acercar para verlo`,
				other: `${num.count(count)} eventos más desde ${from}; acercar para verlos`
			})
	},
	toolbar: {
		label: 'Controles de la cronología',
		zoomIn: 'Acercar',
		zoomInTip: 'Acercar (+)',
		zoomOut: 'Alejar',
		zoomOutTip: 'Alejar (−)',
		earlier: 'Retroceder en el tiempo',
		earlierTip: 'Antes (←)',
		later: 'Avanzar en el tiempo',
		laterTip: 'Después (→)',
		fitAll: 'Ver todo'
	},
	tabs: { label: 'Debajo de la cronología', events: 'Eventos', sources: 'Fuentes' },
	list: {
		title: 'Eventos',
		count: ({ shown, total }, num) => `(${num.count(shown)} de ${num.count(total)})`,
		showAll: 'Mostrar todos, no solo los del periodo visible',
		sources: 'Fuentes:'
	},
	sources: {
		title: 'Fuentes',
		count: (n, num) => `(${num.count(n)})`,
		caption:
			'Todas las fuentes, cada una con sus reescrituras: una red de webs clonadas aparece como un solo grupo bajo la información que reescribe.',
		columns: {
			publisher: 'Medio',
			kind: 'Tipo',
			published: 'Publicación',
			derivedFrom: 'Deriva de',
			reports: 'Informa sobre'
		},
		kinds: {
			primary: 'fuente primaria',
			wire: 'agencia de noticias',
			news: 'información de prensa',
			derivative: 'reescritura',
			unreliable: 'fuente poco fiable',
			unknown: 'desconocido'
		},
		notShown: 'no indicada',
		rewriteOf: (publisher) => `reescritura de ${publisher}`,
		network: ({ publisher, count }, num) =>
			num.plural(count, {
				one: `${publisher} y ${num.count(count)} reescritura`,
				other: `${publisher} y ${num.count(count)} reescrituras`
			})
	}
} satisfies Messages['timeline'];
