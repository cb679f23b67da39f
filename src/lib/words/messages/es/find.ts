import type { Messages } from '../en';

export default {
	search: {
		label: 'Buscar',
		placeholder: 'Títulos, citas, personas, fuentes…',
		shortcut: 'Pulse / para buscar'
	},
	filters: 'Filtros',
	filtersChosen: (count, num) => `Filtros (${num.count(count)})`,
	markRest: 'Marcar dónde están los demás eventos',
	facet: {
		actor: 'Protagonista',
		tag: 'Etiqueta',
		source: 'Fuente',
		kind: 'Tipo de fuente',
		level: 'Respaldo de las fuentes',
		group: 'Grupo'
	},
	level: {
		primary: 'fuente primaria',
		corroborated: 'contrastado',
		single: 'una sola fuente',
		unreliable: 'solo fuentes poco fiables',
		unsourced: 'sin fuente indicada'
	},
	kind: {
		primary: 'fuente primaria (palabras propias)',
		wire: 'agencia de noticias',
		news: 'información de prensa',
		derivative: 'reescritura de otra información',
		unreliable: 'web poco fiable',
		unknown: 'tipo desconocido'
	},
	showAll: (count, num) => `Mostrar todo (${num.count(count)})`,
	showFewer: 'Mostrar menos',
	chips: {
		label: 'Filtros activos',
		search: (query) => `Búsqueda: ${query}`,
		removeSearch: (query) => `Quitar la búsqueda «${query}»`,
		value: (facet, value) => `${facet}: ${value}`,
		remove: (filter) => `Quitar el filtro ${filter}`,
		clearAll: 'Borrar todo',
		/** "Macron, Merz o Tusk"; "u" before an o sound: "Macron u Orbán". */
		anyOf: (values) =>
			values.length < 2
				? (values[0] ?? '')
				: `${values.slice(0, -1).join(', ')} ${/^h?o/i.test(values[values.length - 1]!) ? 'u' : 'o'} ${values[values.length - 1]}`,
		onlyLevels: (levels) => `Solo ${levels}`,
		restMarked: 'los demás eventos, marcados bajo el eje'
	},
	matches: (shown, total, num) =>
		`${num.count(shown)} de ${num.count(total)} ${num.plural(total, { one: 'evento', other: 'eventos' })} ${num.plural(shown, { one: 'coincide', other: 'coinciden' })}`,
	noMatch: {
		query: 'Ningún evento coincide con «{query}» — {clear}',
		queryFiltered: 'Con estos filtros, ningún evento coincide con «{query}» — {clear}',
		filters: 'Ningún evento coincide con estos filtros — {clear}',
		clearSearch: 'borrar la búsqueda',
		clearAll: 'borrar todo'
	},
	notices: {
		dismiss: 'Cerrar',
		unknown: {
			actor: (value) => `No hay ningún protagonista llamado «${value}» en esta cronología`,
			tag: (value) => `No hay ninguna etiqueta llamada «${value}» en esta cronología`,
			source: (value) => `No hay ninguna fuente con el identificador «${value}» en esta cronología`,
			kind: (value) => `No hay ningún tipo de fuente llamado «${value}» en esta cronología`,
			group: (value) => `No hay ningún grupo llamado «${value}» en esta cronología`
		},
		noLanes: {
			actor: 'Esta cronología no indica protagonistas: no se pueden crear carriles por protagonista',
			tag: 'Esta cronología no indica etiquetas: no se pueden crear carriles por etiqueta',
			kind: 'Esta cronología no indica tipos de fuente: no se pueden crear carriles por tipo de fuente',
			group: 'Esta cronología no indica grupos: no se pueden crear carriles por grupo'
		}
	},
	lanes: {
		label: 'Carriles',
		none: 'Sin carriles',
		by: { actor: 'Por protagonista', tag: 'Por etiqueta', kind: 'Por tipo de fuente', group: 'Por grupo' },
		inWords: {
			actor: 'Carriles por protagonista',
			tag: 'Carriles por etiqueta',
			kind: 'Carriles por tipo de fuente',
			group: 'Carriles por grupo'
		},
		other: {
			actor: 'Otros protagonistas',
			tag: 'Otras etiquetas',
			kind: 'Otros tipos de fuente',
			group: 'Otros grupos'
		},
		without: {
			actor: 'Sin protagonista',
			tag: 'Sin etiqueta',
			kind: 'Sin tipo de fuente',
			group: 'Sin grupo'
		},
		title: (label, count, num) => `${label} (${num.count(count)})`,
		more: (count, num) => `y ${num.count(count)} más: acerque la vista o acote la búsqueda`,
		noneInView: 'Ningún evento a la vista.'
	}
} satisfies Messages['find'];
