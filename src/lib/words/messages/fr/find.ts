import type { Messages } from '../en';

export default {
	search: {
		label: 'Recherche',
		placeholder: 'Titres, citations, personnes, sources…',
		shortcut: 'Appuyez sur / pour rechercher'
	},
	filters: 'Filtres',
	filtersChosen: (count, num) => `Filtres (${num.count(count)})`,
	markRest: 'Indiquer la position des autres événements',
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
		primary: 'source primaire (l’auteur des propos lui-même)',
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
		// A plain space before the colon: facet-words.test.ts holds this one to it (a no-break one would be right).
		search: (query) => `Recherche : ${query}`,
		removeSearch: (query) => `Effacer la recherche «\u202f${query}\u202f»`,
		value: (facet, value) => `${facet}\u202f: ${value}`,
		remove: (filter) => `Retirer le filtre ${filter}`,
		clearAll: 'Tout effacer',
		anyOf: (values) => values.join(' ou '),
		onlyLevels: (levels) => `État des sources\u202f: ${levels}`,
		restMarked: 'les autres événements indiqués sous l’axe'
	},
	matches: (shown, total, num) =>
		num.plural(shown, {
			one: `${num.count(shown)} événement sur ${num.count(total)} correspond`,
			other: `${num.count(shown)} événements sur ${num.count(total)} correspondent`
		}),
	noMatch: {
		query: 'Aucun événement ne correspond à «\u202f{query}\u202f» — {clear}',
		queryFiltered: 'Avec ces filtres, aucun événement ne correspond à «\u202f{query}\u202f» — {clear}',
		filters: 'Aucun événement ne correspond à ces filtres — {clear}',
		clearSearch: 'effacer la recherche',
		clearAll: 'tout effacer'
	},
	notices: {
		dismiss: 'Fermer',
		unknown: {
			actor: (value) => `Aucun acteur nommé «\u202f${value}\u202f» dans cette chronologie`,
			tag: (value) => `Aucun mot-clé «\u202f${value}\u202f» dans cette chronologie`,
			source: (value) => `Aucune source ayant l’identifiant «\u202f${value}\u202f» dans cette chronologie`,
			kind: (value) => `Aucun type de source «\u202f${value}\u202f» dans cette chronologie`,
			group: (value) => `Aucun groupe nommé «\u202f${value}\u202f» dans cette chronologie`
		},
		noLanes: {
			actor: 'Impossible de répartir en lignes par acteur\u202f: cette chronologie n’en nomme aucun',
			tag: 'Impossible de répartir en lignes par mot-clé\u202f: cette chronologie n’en nomme aucun',
			kind: 'Impossible de répartir en lignes par type de source\u202f: cette chronologie n’en indique aucun',
			group: 'Impossible de répartir en lignes par groupe\u202f: cette chronologie n’en définit aucun'
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
				one: `et ${num.count(count)} autre\u202f: faites un zoom avant ou affinez la recherche`,
				other: `et ${num.count(count)} autres\u202f: faites un zoom avant ou affinez la recherche`
			}),
		noneInView: 'Aucun événement dans la zone visible.'
	}
} satisfies Messages['find'];
