import type { Messages } from '../en';

export default {
	region: 'Zeitleiste',
	roleDescription: 'zoombare Zeitleiste',
	marks: 'Markierungen auf der Zeitleiste',
	mark: {
		event: ({ title, when, verdict }) => `${title}, ${when}, ${verdict}`,
		inLanes: (lanes, num) =>
			num.plural(lanes.length, { one: `; in der Spur ${lanes[0]}`, other: `; in den Spuren ${lanes.join(', ')}` }),
		cluster: ({ count, from }, num) =>
			num.plural(count, {
				one: `${num.count(count)} weiteres Ereignis, ab ${from}; vergrößern`,
				other: `${num.count(count)} weitere Ereignisse, ab ${from}; vergrößern`
			})
	},
	toolbar: {
		label: 'Steuerung der Zeitleiste',
		zoomIn: 'Vergrößern',
		zoomInTip: 'Vergrößern (+)',
		zoomOut: 'Verkleinern',
		zoomOutTip: 'Verkleinern (−)',
		earlier: 'Früheren Zeitraum zeigen',
		earlierTip: 'Früher (←)',
		later: 'Späteren Zeitraum zeigen',
		laterTip: 'Später (→)',
		fitAll: 'Alles zeigen'
	},
	tabs: { label: 'Unter der Zeitleiste', events: 'Ereignisse', sources: 'Quellen' },
	list: {
		title: 'Ereignisse',
		count: ({ shown, total }, num) => `(${num.count(shown)} von ${num.count(total)})`,
		showAll: 'Alle zeigen, nicht nur die im sichtbaren Bereich',
		sources: 'Quellen:'
	},
	sources: {
		title: 'Quellen',
		count: (n, num) => `(${num.count(n)})`,
		caption:
			'Alle Quellen, jeweils mit ihren Übernahmen: Ein Netzwerk von Doppelgänger-Websites erscheint als Gruppe unter dem Bericht, den es übernimmt.',
		columns: {
			publisher: 'Herausgeber',
			kind: 'Quellenart',
			published: 'Veröffentlicht',
			derivedFrom: 'Übernommen von',
			reports: 'Berichtet über'
		},
		kinds: {
			primary: 'Primärquelle',
			wire: 'Nachrichtenagentur',
			news: 'Medienbericht',
			derivative: 'Übernahme',
			unreliable: 'unzuverlässige Quelle',
			unknown: 'unbekannt'
		},
		notShown: 'nicht angegeben',
		rewriteOf: (publisher) => `Übernahme von ${publisher}`,
		network: ({ publisher, count }, num) =>
			num.plural(count, {
				one: `${publisher} und ${num.count(count)} Übernahme davon`,
				other: `${publisher} und ${num.count(count)} Übernahmen davon`
			})
	}
} satisfies Messages['timeline'];
