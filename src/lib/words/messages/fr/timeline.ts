import type { Messages } from '../en';

export default {
	region: 'Chronologie',
	roleDescription: 'chronologie zoomable',
	marks: 'Repères sur la chronologie',
	mark: {
		event: ({ title, when, verdict }) => `${title}, ${when}, ${verdict}`,
		inLanes: (lanes, num) =>
			num.plural(lanes.length, {
				one: `\u00a0; sur la ligne ${lanes[0]}`,
				other: `\u00a0; sur les lignes ${lanes.join(', ')}`
			}),
		// « le premier : » plutôt que « à partir du » : la date peut être un jour, un mois, une année ou une période.
		cluster: ({ count, from }, num) =>
			num.plural(count, {
				one: `${num.count(count)} autre événement, ${from}\u00a0; zoom avant`,
				other: `${num.count(count)} autres événements, le premier\u00a0: ${from}\u00a0; zoom avant`
			})
	},
	toolbar: {
		label: 'Commandes de la chronologie',
		zoomIn: 'Zoom avant',
		zoomInTip: 'Zoom avant (+)',
		zoomOut: 'Zoom arrière',
		zoomOutTip: 'Zoom arrière (−)',
		earlier: 'Décaler vers le passé',
		earlierTip: 'Plus tôt (←)',
		later: 'Décaler vers le présent',
		laterTip: 'Plus tard (→)',
		fitAll: 'Tout afficher'
	},
	tabs: { label: 'Sous la chronologie', events: 'Événements', sources: 'Sources' },
	list: {
		title: 'Événements',
		count: ({ shown, total }, num) => `(${num.count(shown)} sur ${num.count(total)})`,
		showAll: 'Afficher tous les événements, pas seulement ceux de la période visible',
		sources: 'Sources\u00a0:'
	},
	sources: {
		title: 'Sources',
		count: (n, num) => `(${num.count(n)})`,
		caption:
			'Toutes les sources, chacune avec ses reprises\u00a0: un réseau de sites clones apparaît comme un seul groupe sous l’article qu’il reprend.',
		columns: {
			publisher: 'Média',
			kind: 'Type',
			published: 'Publication',
			derivedFrom: 'Reprise de',
			reports: 'Événements rapportés'
		},
		kinds: {
			primary: 'source primaire',
			wire: 'agence de presse',
			news: 'média d’information',
			derivative: 'reprise',
			unreliable: 'source peu fiable',
			unknown: 'inconnu'
		},
		notShown: 'non indiquée',
		rewriteOf: (publisher) => `reprise de ${publisher}`,
		network: ({ publisher, count }, num) =>
			num.plural(count, {
				one: `${publisher} et ${num.count(count)} reprise`,
				other: `${publisher} et ${num.count(count)} reprises`
			})
	}
} satisfies Messages['timeline'];
