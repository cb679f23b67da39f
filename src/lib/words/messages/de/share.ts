import type { Messages } from '../en';
import type { Numbers } from '../../plural';

export default {
	copyLink: 'Link kopieren',
	share: 'Teilen',
	embed: 'Einbetten',
	exportSvg: 'SVG exportieren',
	exportPng: 'PNG exportieren',
	copySvg: 'SVG kopieren',
	noLink: 'Aus einer Datei auf diesem Gerät geöffnet: Dafür gibt es keinen Link.',
	copied: { link: 'Link kopiert', embedCode: 'Einbettungscode kopiert', svg: 'SVG kopiert' },
	notCopied: {
		link: 'Kopieren nicht möglich; markieren Sie den Link und kopieren Sie ihn manuell',
		embedCode: 'Kopieren nicht möglich; markieren Sie den Einbettungscode und kopieren Sie ihn manuell',
		svg: 'Das SVG konnte nicht kopiert werden'
	},
	embedBox: {
		code: 'Einbettungscode',
		keepAddress: 'Geöffnetes Ereignis in der Adresse Ihrer Seite vermerken ({param})',
		sizing: (height: string) =>
			`Das Skript passt den Rahmen an seinen Inhalt an; ohne das Skript bleibt der Rahmen ${height} px hoch.`,
		copy: 'Einbettungscode kopieren'
	},
	openFull: 'In Sourceline öffnen ↗',
	quoted: (text: string) => `„${text}“`,
	saidBy: (p: { speaker: string; source: string }) => `— ${p.speaker}, ${p.source}`,
	translatedBy: (by: string) => `übersetzt von ${by}`,
	translation: (by: string) => `Übersetzung: ${by}`,
	meta: {
		said: (p: { quote: string; speaker: string; source: string }) => `${p.quote} — ${p.speaker}, ${p.source}.`,
		saidTranslated: (p: { quote: string; speaker: string; source: string; by: string }) =>
			`${p.quote} — ${p.speaker}, ${p.source} (Übersetzung: ${p.by}).`,
		imageAlt: (p: { title: string; when: string }) => `${p.title}, ${p.when}`,
		imageAltQuote: (p: { title: string; when: string; quote: string }) => `${p.title}, ${p.when}: ${p.quote}`
	},
	snapshot: {
		sources: (names: string) => `Quellen: ${names}`,
		noSources: 'keine',
		separator: '; ',
		more: (n: number, num: Numbers) => `und ${num.count(n)} weitere`,
		permalink: (url: string) => `Permalink: ${url}`,
		noPermalink: 'keiner (aus einer Datei auf dem exportierenden Gerät geöffnet)',
		exported: (date: string) => `Exportiert am ${date} aus Sourceline`,
		desc: (p: { labelled: number; clustered: number; permalink: string }, num: Numbers) =>
			`Ausschnitt einer Zeitleiste, exportiert aus Sourceline: ${num.count(p.labelled)} ${num.plural(p.labelled, { one: 'beschriftetes Ereignis', other: 'beschriftete Ereignisse' })} und ${num.count(p.clustered)} in Clustern. ${p.permalink}`
	}
} satisfies Messages['share'];
