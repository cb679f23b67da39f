import type { Messages } from '../en';

// French typography: a narrow no-break space (\u202f) inside « » and before ; : ? !.

/** « de l’allemand », « du russe », « de l’hébreu », « du hongrois », « du yiddish » (h aspiré, y consonne ; hébreu and hindi elide). */
const fromLanguage = (name: string) => (/^([aeiouàâéèêîôû]|hébreu|hindi)/i.test(name) ? `de l’${name}` : `du ${name}`);

/** « le 21 novembre 2026 à 14:03 UTC », « en mars 2025 », « en 2025 ». */
const on = (when: string) => (/^\d{1,2}\s/.test(when) ? `le ${when}` : `en ${when}`);

export default {
	levels: {
		primary: 'source primaire',
		corroborated: 'recoupé par des sources indépendantes',
		single: 'une seule source',
		unreliable: 'uniquement des sources peu fiables',
		unsourced: 'aucune source indiquée'
	},
	verdict: {
		primaryAndMore: (count) => ({
			one: `source primaire, avec ${count} autre source indépendante`,
			other: `source primaire, avec ${count} autres sources indépendantes`
		}),
		corroborated: (count) => ({
			one: `recoupé par ${count} source indépendante`,
			other: `recoupé par ${count} sources indépendantes`
		}),
		noReport: 'aucune source ne rapporte l’événement lui-même',
		primaryUnchecked: 'source primaire non vérifiée',
		disputed: 'les sources divergent',
		separator: '\u202f; '
	},
	confidence: {
		date: 'date',
		attribution: 'attribution des propos',
		dateAndAttribution: 'date et attribution des propos',
		levels: { high: 'fiabilité élevée', medium: 'fiabilité moyenne', low: 'fiabilité faible' },
		of: ({ what, level }) => `${what}\u202f: ${level}`
	},
	filter: {
		label: 'Afficher',
		choices: {
			unsourced: 'Tous les événements, y compris les affirmations de sites clones',
			unreliable: 'Masquer les événements sans source indiquée',
			single: 'Masquer les affirmations relayées uniquement par des sources peu fiables',
			corroborated: 'Uniquement les événements recoupés ou de source primaire',
			primary: 'Uniquement les événements avec une source primaire'
		}
	},
	legend: {
		label: 'Légende',
		point: 'jour ou heure précise',
		band: 'mois ou année seulement',
		bar: 'plage de dates',
		fade: 'date incertaine\u202f: entre deux dates',
		cluster: '+N autres événements\u202f: zoom avant',
		multi: 'un événement sur plusieurs lignes'
	},
	panel: {
		label: 'Événement ouvert',
		close: 'Fermer',
		closeTitle: 'Fermer (Échap)',
		quote: 'Citation',
		quotes: 'Citations',
		contradicts: 'Cette affirmation contredit l’événement «\u202f{other}\u202f».',
		claims: 'Divergences entre les sources',
		sources: (count) => `Sources (${count})`,
		allSources: 'Voir toutes les sources et leur origine',
		failed: 'Un problème est survenu lors de l’affichage de cet événement.',
		citedFrom: ({ timeline, link }) => `Extrait de «\u202f${timeline}\u202f»\u202f: ${link}`,
		localFile: 'un fichier lu sur cet appareil'
	},
	quote: {
		translatedFrom: ({ language, by }) => `Traduit ${fromLanguage(language)} par ${by}.`,
		translatedBy: (by) => `Traduit par ${by}.`,
		comma: ',',
		translation: ({ by, text }) => `Traduction (${by})\u202f: ${text}`,
		check: {
			unchecked: 'Non vérifiée sur une copie archivée.',
			uncheckedLookalike: 'Non vérifiée sur une copie archivée\u202f; la source est un site clone connu.',
			absent: 'Introuvable dans le texte archivé.',
			verbatim: 'Figure mot pour mot dans le texte archivé.',
			lookalike: 'Figure mot pour mot dans le texte archivé d’un site clone connu.',
			rewriteOf: (publisher) =>
				`Figure mot pour mot dans le texte archivé d’une reprise de ${publisher}, pas dans l’original.`,
			rewrite: 'Figure mot pour mot dans le texte archivé d’une reprise d’un autre article, pas dans l’original.'
		}
	},
	sources: {
		kinds: {
			primary: 'primaire',
			wire: 'agence',
			news: 'presse',
			derivative: 'reprise',
			unreliable: 'peu fiable',
			unknown: 'inconnu'
		},
		dateNotShown: 'date non indiquée',
		rewriteOf: (publisher) => `reprise de ${publisher}`,
		primaryAsReport:
			'Comptée comme une source ordinaire, non comme source primaire\u202f: aucune copie archivée ne montre une citation que l’événement lui attribue.',
		noArchive: 'Aucune copie archivée.',
		noAddress: 'aucune adresse utilisable',
		comma: ', '
	},
	support: {
		kinds: {
			event: 'l’événement',
			date: 'la date',
			attribution: 'l’attribution des propos',
			quote: 'ses citations',
			claim: 'les variantes de ses affirmations'
		},
		only: (names) => `N’étaye que ${names}\u202f: non comptée comme source de l’événement.`,
		withDate: (names) => `Étaye ${names}.`,
		notDate: (names) => `Étaye ${names}, mais pas la date.`,
		and: (items) =>
			items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`
	},
	claims: { variant: 'Variante', carriedBy: 'Relayée par' },
	archive: {
		copy: { full: 'Copie archivée (texte intégral)', passages: 'Copie archivée (extraits)' },
		captured: (when) => `capturée ${on(when)}`,
		retrieved: (when) => `consultée ${on(when)}`,
		noTime: 'heure de capture non indiquée',
		open: 'ouvrir la copie archivée',
		show: 'Afficher le texte archivé',
		hide: 'Masquer le texte archivé',
		loading: 'Chargement du texte archivé…',
		textOf: (publisher) => `Texte archivé de ${publisher}`,
		failed: {
			none: 'Cette source n’a pas de copie archivée.',
			unpublished: 'Le texte archivé n’est pas publié avec cette page.',
			offsite: 'Le texte archivé n’est pas sur ce site.',
			offline: 'Impossible de récupérer le texte archivé\u202f; réessayez lorsque vous serez en ligne.',
			status: (status) => `Impossible de récupérer le texte archivé (le serveur a répondu ${status}).`,
			tooLong: 'Le texte archivé reçu est trop long.',
			mismatch: (digest) =>
				`Le texte reçu ne correspond pas au SHA-256 de la copie archivée (son empreinte commence par ${digest}…)\u202f; il n’est donc pas affiché.`
		}
	}
} satisfies Messages['evidence'];
