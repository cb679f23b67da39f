import type { Messages } from '../en';

export default {
	levels: {
		primary: 'Primärquelle',
		corroborated: 'bestätigt durch unabhängige Berichte',
		single: 'nur ein Bericht',
		unreliable: 'nur unzuverlässige Quellen',
		unsourced: 'keine Quelle angegeben'
	},
	verdict: {
		primaryAndMore: (count) => ({
			one: `Primärquelle, dazu ${count} weiterer unabhängiger Bericht`,
			other: `Primärquelle, dazu ${count} weitere unabhängige Berichte`
		}),
		corroborated: (count) => ({
			one: `bestätigt durch ${count} unabhängigen Bericht`,
			other: `bestätigt durch ${count} unabhängige Berichte`
		}),
		noReport: 'keine Quelle berichtet über das Ereignis selbst',
		primaryUnchecked: 'Primärquelle nicht geprüft',
		disputed: 'Quellen widersprechen sich',
		separator: '; '
	},
	confidence: {
		date: 'Datum',
		attribution: 'Zuschreibung',
		dateAndAttribution: 'Datum und Zuschreibung',
		levels: { high: 'hohe Sicherheit', medium: 'mittlere Sicherheit', low: 'geringe Sicherheit' },
		of: ({ what, level }) => `${what}: ${level}`
	},
	filter: {
		label: 'Anzeigen',
		choices: {
			unsourced: 'Alle Ereignisse, auch von Doppelgänger-Websites',
			unreliable: 'Ereignisse ohne Quellenangabe ausblenden',
			single: 'Behauptungen nur aus unzuverlässigen Quellen ausblenden',
			corroborated: 'Nur bestätigt oder mit Primärquelle',
			primary: 'Nur Ereignisse mit Primärquelle'
		}
	},
	legend: {
		label: 'Legende',
		point: 'Tag oder genaue Uhrzeit',
		band: 'nur Monat oder Jahr',
		bar: 'Zeitraum',
		fade: 'unsicher: zwischen zwei Daten',
		cluster: '+N weitere Ereignisse: vergrößern',
		multi: 'ein Ereignis in mehreren Spuren'
	},
	panel: {
		label: 'Geöffnetes Ereignis',
		close: 'Schließen',
		closeTitle: 'Schließen (Esc)',
		quote: 'Zitat',
		quotes: 'Zitate',
		contradicts: 'Diese Behauptung widerspricht dem Ereignis „{other}“.',
		claims: 'Wo sich die Quellen widersprechen',
		sources: (count) => `Quellen (${count})`,
		allSources: 'Alle Quellen und ihre Herkunft ansehen',
		failed: 'Beim Anzeigen dieses Ereignisses ist ein Fehler aufgetreten.',
		citedFrom: ({ timeline, link }) => `Zitiert aus „${timeline}“: ${link}`,
		localFile: 'eine auf diesem Gerät geöffnete Datei'
	},
	quote: {
		translatedFrom: ({ language, by }) => `Übersetzung von ${by}; Originalsprache: ${language}.`,
		translatedBy: (by) => `Übersetzung von ${by}.`,
		comma: ',',
		translation: ({ by, text }) => `Übersetzung von ${by}: ${text}`,
		check: {
			unchecked: 'Nicht mit einer archivierten Kopie abgeglichen.',
			uncheckedLookalike:
				'Nicht mit einer archivierten Kopie abgeglichen; die Quelle ist eine bekannte Doppelgänger-Website.',
			absent: 'Im archivierten Text nicht gefunden.',
			verbatim: 'Steht wörtlich im archivierten Text.',
			lookalike: 'Steht wörtlich im archivierten Text einer bekannten Doppelgänger-Website.',
			rewriteOf: (publisher) =>
				`Steht wörtlich im archivierten Text einer Übernahme von ${publisher}, nicht im Original.`,
			rewrite: 'Steht wörtlich im archivierten Text einer Übernahme aus einem anderen Bericht, nicht im Original.'
		}
	},
	sources: {
		kinds: {
			primary: 'Primärquelle',
			wire: 'Agentur',
			news: 'Presse',
			derivative: 'Übernahme',
			unreliable: 'unzuverlässig',
			unknown: 'unbekannt'
		},
		dateNotShown: 'Datum nicht angegeben',
		rewriteOf: (publisher) => `Übernahme von ${publisher}`,
		primaryAsReport:
			'Als einfacher Bericht gezählt, nicht als Primärquelle: Keine archivierte Kopie enthält ein Zitat, das das Ereignis dieser Quelle zuschreibt.',
		noArchive: 'Keine archivierte Kopie.',
		noAddress: 'keine verwendbare Adresse',
		comma: ', '
	},
	support: {
		kinds: {
			event: 'das Ereignis',
			date: 'das Datum',
			attribution: 'die Herkunft der Worte',
			quote: 'seine Zitate',
			claim: 'die Varianten seiner Behauptungen'
		},
		only: (names) => `Belegt nur ${names}: nicht als Bericht über das Ereignis gezählt.`,
		withDate: (names) => `Belegt ${names}.`,
		notDate: (names) => `Belegt ${names}, nicht aber das Datum.`,
		and: (items) =>
			items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`
	},
	claims: { variant: 'Variante', carriedBy: 'Verbreitet von' },
	archive: {
		copy: { full: 'Archivierte Kopie (Volltext)', passages: 'Archivierte Kopie (Auszüge)' },
		captured: (when) => `erfasst: ${when}`,
		retrieved: (when) => `abgerufen: ${when}`,
		noTime: 'Erfassungszeit nicht vermerkt',
		open: 'archivierte Kopie öffnen',
		show: 'Archivierten Text anzeigen',
		hide: 'Archivierten Text ausblenden',
		loading: 'Archivierter Text wird geladen…',
		textOf: (publisher) => `Archivierter Text von ${publisher}`,
		failed: {
			none: 'Diese Quelle hat keine archivierte Kopie.',
			unpublished: 'Der archivierte Text wird nicht mit dieser Seite veröffentlicht.',
			offsite: 'Der archivierte Text liegt nicht auf dieser Website.',
			offline: 'Der archivierte Text konnte nicht geladen werden; versuchen Sie es erneut, wenn Sie online sind.',
			status: (status) => `Der archivierte Text konnte nicht geladen werden (der Server antwortete mit ${status}).`,
			tooLong: 'Der empfangene archivierte Text ist zu lang.',
			mismatch: (digest) =>
				`Der empfangene Text stimmt nicht mit dem SHA-256-Hashwert der archivierten Kopie überein (sein Hashwert beginnt mit ${digest}…) und wird daher nicht angezeigt.`
		}
	}
} satisfies Messages['evidence'];
