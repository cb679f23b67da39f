import type { Messages } from '../en';

export default {
	search: {
		label: 'Recherche',
		placeholder: 'Titres, citations, personnes, sources…',
		shortcut: 'Appuyez sur / pour rechercher'
	},
	filters: 'Filtres',
	filtersChosen: (count, num) => `Filtres (${num.count(count)})`,
	markRest: 'Signaler où se trouvent les autres événements',
	facet: {
		actor: 'Acteur',
		tag: 'Mot-clé',
		source: 'Source',
		kind: 'Type de source',
		level: 'État des sources',
		group: 'Groupe'
	},
	level: {
		primary: 'source primaire',
		corroborated: 'recoupé',
		single: 'une seule source',
		unreliable: 'sources peu fiables uniquement',
		unsourced: 'aucune source indiquée'
	},
	kind: {
		primary: 'source primaire (les propres mots de l’intéressé)',
		wire: 'agence de presse',
		news: 'article de presse',
		derivative: 'reprise d’un autre article',
		unreliable: 'site peu fiable',
		unknown: 'type inconnu'
	},
	showAll: (count, num) => `Afficher les ${num.count(count)}`,
	showFewer: 'Afficher moins',
	chips: {
		label: 'Filtres actifs',
		search: (query) => `Recherche : ${query}`,
		removeSearch: (query) => `Supprimer la recherche « ${query} »`,
		value: (facet, value) => `${facet} : ${value}`,
		remove: (filter) => `Retirer le filtre ${filter}`,
		clearAll: 'Tout effacer',
		anyOf: (values) => values.join(' ou '),
		onlyLevels: (levels) => `Uniquement ${levels}`,
		restMarked: 'les autres événements signalés sous l’axe'
	},
	matches: (shown, total, num) =>
		num.plural(shown, {
			one: `${num.count(shown)} événement sur ${num.count(total)} correspond`,
			other: `${num.count(shown)} événements sur ${num.count(total)} correspondent`
		}),
	noMatch: {
		query: 'Aucun événement ne correspond à « {query} » — {clear}',
		queryFiltered: 'Avec ces filtres, aucun événement ne correspond à « {query} » — {clear}',
		filters: 'Aucun événement ne correspond à ces filtres — {clear}',
		clearSearch: 'effacer la recherche',
		clearAll: 'tout effacer'
	},
	notices: {
		dismiss: 'Masquer',
		unknown: {
			actor: (value) => `Aucun acteur nommé « ${value} » dans cette chronologie`,
			tag: (value) => `Aucun mot-clé « ${value} » dans cette chronologie`,
			source: (value) => `Aucune source ayant l’identifiant « ${value} » dans cette chronologie`,
			kind: (value) => `Aucun type de source « ${value} » dans cette chronologie`,
			group: (value) => `Aucun groupe nommé « ${value} » dans cette chronologie`
		},
		noLanes: {
			actor: 'Cette chronologie ne nomme aucun acteur selon lequel la répartir en lignes',
			tag: 'Cette chronologie ne nomme aucun mot-clé selon lequel la répartir en lignes',
			kind: 'Cette chronologie ne nomme aucun type de source selon lequel la répartir en lignes',
			group: 'Cette chronologie ne nomme aucun groupe selon lequel la répartir en lignes'
		}
	},
	lanes: {
		label: 'Lignes',
		none: 'Aucune',
		by: { actor: 'Par acteur', tag: 'Par mot-clé', kind: 'Par type de source', group: 'Par groupe' },
		inWords: {
			actor: 'Lignes par acteur',
			tag: 'Lignes par mot-clé',
			kind: 'Lignes par type de source',
			group: 'Lignes par groupe'
		},
		other: {
			actor: 'Autres acteurs',
			tag: 'Autres mots-clés',
			kind: 'Autres types de source',
			group: 'Autres groupes'
		},
		without: { actor: 'Sans acteur', tag: 'Sans mot-clé', kind: 'Sans type de source', group: 'Sans groupe' },
		title: (label, count, num) => `${label} (${num.count(count)})`,
		more: (count, num) =>
			num.plural(count, {
				one: `et ${num.count(count)} autre : faites un zoom avant ou affinez la recherche`,
				other: `et ${num.count(count)} autres : faites un zoom avant ou affinez la recherche`
			}),
		noneInView: 'Aucun événement dans la vue.'
	}
} satisfies Messages['find'];
