import type { Messages } from '../en';
import type { Numbers } from '../../plural';

// French typography: a no-break space (\u00a0) inside « » and before : and ;.
export default {
	copyLink: 'Copier le lien',
	share: 'Partager',
	embed: 'Intégrer',
	exportSvg: 'Exporter en SVG',
	exportPng: 'Exporter en PNG',
	copySvg: 'Copier le SVG',
	noLink: 'Lu depuis un fichier de cet appareil\u00a0: aucun lien ne permet d’y accéder.',
	copied: { link: 'Lien copié', embedCode: 'Code d’intégration copié', svg: 'SVG copié' },
	notCopied: {
		link: 'Copie impossible\u00a0; sélectionnez le lien et copiez-le manuellement',
		embedCode: 'Copie impossible\u00a0; sélectionnez le code d’intégration et copiez-le manuellement',
		svg: 'Impossible de copier le SVG'
	},
	embedBox: {
		code: 'Code d’intégration',
		keepAddress: 'Conserver l’événement ouvert dans l’adresse de ma page ({param})',
		sizing: (height: string) =>
			`Le script adapte la hauteur du cadre à son contenu\u00a0; sans lui, le cadre garde une hauteur de ${height}\u00a0px.`,
		copy: 'Copier le code d’intégration'
	},
	openFull: 'Ouvrir dans Sourceline ↗',
	quoted: (text: string) => `«\u00a0${text}\u00a0»`,
	saidBy: (p: { speaker: string; source: string }) => `— ${p.speaker}, ${p.source}`,
	translatedBy: (by: string) => `traduit par ${by}`,
	translation: (by: string) => `traduction\u00a0: ${by}`,
	meta: {
		said: (p: { quote: string; speaker: string; source: string }) => `${p.quote} — ${p.speaker}, ${p.source}.`,
		saidTranslated: (p: { quote: string; speaker: string; source: string; by: string }) =>
			`${p.quote} — ${p.speaker}, ${p.source} (traduction\u00a0: ${p.by}).`,
		imageAlt: (p: { title: string; when: string }) => `${p.title}, ${p.when}`,
		imageAltQuote: (p: { title: string; when: string; quote: string }) => `${p.title}, ${p.when}\u00a0: ${p.quote}`
	},
	snapshot: {
		sources: (names: string) => `Sources\u00a0: ${names}`,
		noSources: 'aucune',
		separator: '\u00a0; ',
		more: (n: number, num: Numbers) =>
			num.plural(n, { one: `et ${num.count(n)} autre`, other: `et ${num.count(n)} autres` }),
		permalink: (url: string) => `Lien permanent\u00a0: ${url}`,
		noPermalink: 'aucun (lu depuis un fichier de l’appareil qui a fait l’export)',
		exported: (date: string) => `Exporté le ${date} depuis Sourceline`,
		desc: (p: { labelled: number; clustered: number; permalink: string }, num: Numbers) =>
			`Instantané d’une chronologie exporté depuis Sourceline\u00a0: ${num.count(p.labelled)} ${num.plural(p.labelled, { one: 'événement légendé', other: 'événements légendés' })} et ${num.count(p.clustered)} ${num.plural(p.clustered, { one: 'regroupé', other: 'regroupés' })}. ${p.permalink}`
	}
} satisfies Messages['share'];
