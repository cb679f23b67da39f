import type { Messages } from '../en';

export default {
	region: 'Chronologie',
	roleDescription: 'chronologie zoomable',
	marks: 'Repères sur la chronologie',
	mark: {
		event: ({ title, when, verdict }) => `${title}, ${when}, ${verdict}`,
		// A no-break space, not a narrow one, before this « ; »: timeline-messages.test.ts holds it so.
		inLanes: (lanes, num) =>
			num.plural(lanes.length, {
				one: `\u00a0; sur la ligne ${lanes[0]}`,
				other: `\u00a0; sur les lignes ${lanes.join(', ')}`
			}),
		// « le premier : » plutôt que « à partir du » : la date peut être un jour, un mois, une année ou un intervalle.
		cluster: ({ count, from }, num) =>
			num.plural(count, {
				one: `${num.count(count)} autre événement, ${from}\u202f; zoom avant`,
				other: `${num.count(count)} autres événements, le premier\u202f: ${from}\u202f; zoom avant`
			})
	},
	toolbar: {
		label: 'Commandes de la chronologie',
		zoomIn: 'Zoom avant',
		zoomInTip: 'Zoom avant (+)',
		zoomOut: 'Zoom arrière',
		zoomOutTip: 'Zoom arrière (−)',
		earlier: 'Reculer dans le temps',
		earlierTip: 'Plus tôt (←)',
		later: 'Avancer dans le temps',
		laterTip: 'Plus tard (→)',
		fitAll: 'Tout afficher'
	},
	tabs: { label: 'Sous la chronologie', events: 'Événements', sources: 'Sources' },
	list: {
		title: 'Événements',
		count: ({ shown, total }, num) => `(${num.count(shown)} sur ${num.count(total)})`,
		showAll: 'Afficher tous les événements, pas seulement ceux de la zone visible',
		sources: 'Sources\u202f:'
	},
	sources: {
		title: 'Sources',
		count: (n, num) => `(${num.count(n)})`,
		caption:
			'Toutes les sources, chacune avec ses reprises\u202f: un réseau de sites clones apparaît comme un seul groupe sous l’article qu’il reprend.',
		columns: {
			publisher: 'Publié par',
			kind: 'Type',
			published: 'Publié le',
			derivedFrom: 'Reprise de',
			reports: 'Événements rapportés'
		},
		kinds: {
			primary: 'source primaire',
			wire: 'agence de presse',
			news: 'article de presse',
			derivative: 'reprise',
			unreliable: 'source peu fiable',
			unknown: 'type inconnu'
		},
		notShown: 'non indiquée',
		rewriteOf: (publisher) => `reprise de ${publisher}`,
		network: ({ publisher, count }, num) =>
			num.plural(count, {
				one: `${publisher} et ${num.count(count)} reprise`,
				other: `${publisher} et ses ${num.count(count)} reprises`
			})
	}
} satisfies Messages['timeline'];
