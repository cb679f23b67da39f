import type { Messages } from '../en';

export default {
	search: {
		label: 'Suche',
		placeholder: 'Titel, Zitate, Personen, Quellen …',
		shortcut: 'Drücken Sie /, um zu suchen'
	},
	filters: 'Filter',
	filtersChosen: (count, num) => `Filter (${num.count(count)})`,
	markRest: 'Position der übrigen Ereignisse markieren',
	facet: {
		actor: 'Akteur',
		tag: 'Schlagwort',
		source: 'Quelle',
		kind: 'Quellenart',
		level: 'Quellenlage',
		group: 'Gruppe'
	},
	level: {
		primary: 'Primärquelle',
		corroborated: 'bestätigt',
		single: 'nur ein Bericht',
		unreliable: 'nur unzuverlässige Quellen',
		unsourced: 'keine Quelle angegeben'
	},
	kind: {
		primary: 'Primärquelle (Originalaussage)',
		wire: 'Nachrichtenagentur',
		news: 'Medienbericht',
		derivative: 'Übernahme eines anderen Berichts',
		unreliable: 'unzuverlässige Website',
		unknown: 'Art unbekannt'
	},
	showAll: (count, num) => `Alle ${num.count(count)} anzeigen`,
	showFewer: 'Weniger anzeigen',
	chips: {
		label: 'Aktive Filter',
		search: (query) => `Suche: ${query}`,
		removeSearch: (query) => `Suche „${query}“ entfernen`,
		value: (facet, value) => `${facet}: ${value}`,
		remove: (filter) => `Filter „${filter}“ entfernen`,
		clearAll: 'Alle entfernen',
		anyOf: (values) => values.join(' oder '),
		onlyLevels: (levels) => `Quellenlage: ${levels}`,
		restMarked: 'übrige Ereignisse unter der Achse markiert'
	},
	matches: (shown, total, num) =>
		`${num.count(shown)} von ${num.count(total)} ${num.plural(total, { one: 'Ereignis', other: 'Ereignissen' })} ${num.plural(shown, { one: 'passt', other: 'passen' })}`,
	noMatch: {
		query: 'Kein Ereignis passt zu „{query}“ – {clear}',
		queryFiltered: 'Mit diesen Filtern passt kein Ereignis zu „{query}“ – {clear}',
		filters: 'Kein Ereignis passt zu diesen Filtern – {clear}',
		clearSearch: 'Suche löschen',
		clearAll: 'alle Filter entfernen'
	},
	notices: {
		dismiss: 'Ausblenden',
		unknown: {
			actor: (value) => `In dieser Zeitleiste gibt es keinen Akteur „${value}“`,
			tag: (value) => `In dieser Zeitleiste gibt es kein Schlagwort „${value}“`,
			source: (value) => `In dieser Zeitleiste gibt es keine Quelle mit der ID „${value}“`,
			kind: (value) => `In dieser Zeitleiste gibt es keine Quellenart „${value}“`,
			group: (value) => `In dieser Zeitleiste gibt es keine Gruppe „${value}“`
		},
		noLanes: {
			actor: 'Diese Zeitleiste nennt keine Akteure, nach denen sie sich in Spuren aufteilen ließe',
			tag: 'Diese Zeitleiste nennt keine Schlagwörter, nach denen sie sich in Spuren aufteilen ließe',
			kind: 'Diese Zeitleiste nennt keine Quellenarten, nach denen sie sich in Spuren aufteilen ließe',
			group: 'Diese Zeitleiste nennt keine Gruppen, nach denen sie sich in Spuren aufteilen ließe'
		}
	},
	lanes: {
		label: 'Spuren',
		none: 'Keine',
		by: { actor: 'Nach Akteur', tag: 'Nach Schlagwort', kind: 'Nach Quellenart', group: 'Nach Gruppe' },
		inWords: {
			actor: 'Spuren nach Akteur',
			tag: 'Spuren nach Schlagwort',
			kind: 'Spuren nach Quellenart',
			group: 'Spuren nach Gruppe'
		},
		other: {
			actor: 'Weitere Akteure',
			tag: 'Weitere Schlagwörter',
			kind: 'Weitere Quellenarten',
			group: 'Weitere Gruppen'
		},
		without: { actor: 'Ohne Akteur', tag: 'Ohne Schlagwort', kind: 'Ohne Quellenart', group: 'Ohne Gruppe' },
		title: (label, count, num) => `${label} (${num.count(count)})`,
		more: (count, num) =>
			num.plural(count, {
				one: `und ${num.count(count)} weiteres: Ansicht vergrößern oder Suche eingrenzen`,
				other: `und ${num.count(count)} weitere: Ansicht vergrößern oder Suche eingrenzen`
			}),
		noneInView: 'Keine im sichtbaren Bereich.'
	}
} satisfies Messages['find'];
