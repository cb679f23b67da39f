import type { Messages } from '../en';
import type { Numbers } from '../../plural';

// French typography: a narrow no-break space (\u202f) inside « » and before ; : ? !; a no-break space before a unit.
export default {
	copyLink: 'Copier le lien',
	share: 'Partager',
	embed: 'Intégrer',
	exportSvg: 'Exporter en SVG',
	exportPng: 'Exporter en PNG',
	copySvg: 'Copier le SVG',
	noLink: 'Chronologie ouverte depuis un fichier de cet appareil\u202f: il n’existe aucun lien vers elle.',
	copied: { link: 'Lien copié', embedCode: 'Code d’intégration copié', svg: 'SVG copié' },
	notCopied: {
		link: 'Copie impossible\u202f; sélectionnez le lien et copiez-le manuellement',
		embedCode: 'Copie impossible\u202f; sélectionnez le code d’intégration et copiez-le manuellement',
		svg: 'Impossible de copier le SVG'
	},
	embedBox: {
		code: 'Code d’intégration',
		keepAddress: 'Conserver l’événement ouvert dans l’adresse de ma page ({param})',
		sizing: (height: string) =>
			`Le script adapte la hauteur du cadre à son contenu\u202f; sans lui, le cadre garde une hauteur de ${height}\u00a0px.`,
		copy: 'Copier le code d’intégration'
	},
	openFull: 'Ouvrir dans Sourceline ↗',
	quoted: (text: string) => `«\u202f${text}\u202f»`,
	saidBy: (p: { speaker: string; source: string }) => `— ${p.speaker}, ${p.source}`,
	translatedBy: (by: string) => `traduit par ${by}`,
	translation: (by: string) => `traduction\u202f: ${by}`,
	meta: {
		said: (p: { quote: string; speaker: string; source: string }) => `${p.quote} — ${p.speaker}, ${p.source}.`,
		saidTranslated: (p: { quote: string; speaker: string; source: string; by: string }) =>
			`${p.quote} — ${p.speaker}, ${p.source} (traduction\u202f: ${p.by}).`,
		imageAlt: (p: { title: string; when: string }) => `${p.title}, ${p.when}`,
		imageAltQuote: (p: { title: string; when: string; quote: string }) => `${p.title}, ${p.when}\u202f: ${p.quote}`
	},
	snapshot: {
		sources: (names: string) => `Sources\u202f: ${names}`,
		noSources: 'aucune',
		separator: '\u202f; ',
		more: (n: number, num: Numbers) =>
			num.plural(n, { one: `et ${num.count(n)} autre`, other: `et ${num.count(n)} autres` }),
		permalink: (url: string) => `Lien permanent\u202f: ${url}`,
		noPermalink: 'aucun (chronologie ouverte depuis un fichier de l’appareil qui l’a exportée)',
		exported: (date: string) => `Exporté le ${date} depuis Sourceline`,
		desc: (p: { labelled: number; clustered: number; permalink: string }, num: Numbers) =>
			`Instantané d’une chronologie exporté depuis Sourceline\u202f: ${num.count(p.labelled)} ${num.plural(p.labelled, { one: 'événement légendé', other: 'événements légendés' })} et ${num.count(p.clustered)} ${num.plural(p.clustered, { one: 'regroupé', other: 'regroupés' })}. ${p.permalink}`
	}
} satisfies Messages['share'];
