/** Sharing an event or a view: links, embedding, exports, and what link previews and cards say. */
import type { Numbers } from '../../plural';

export default {
	copyLink: 'Copy link',
	share: 'Share',
	embed: 'Embed',
	exportSvg: 'Export SVG',
	exportPng: 'Export PNG',
	copySvg: 'Copy SVG',
	/** In place of the link buttons, for a timeline read from a file. */
	noLink: 'Read from a file on this device: there is no link to it.',
	copied: { link: 'Link copied', embedCode: 'Embed code copied', svg: 'SVG copied' },
	notCopied: {
		link: 'Could not copy; select the link and copy it by hand',
		embedCode: 'Could not copy; select the embed code and copy it by hand',
		svg: 'Could not copy the SVG'
	},
	embedBox: {
		code: 'Embed code',
		/** `{param}` is the host page's query parameter, as code. */
		keepAddress: 'Keep the open event in my page’s address ({param})',
		sizing: (height: string) =>
			`The script sizes the frame to its content; without it the frame stays ${height} px tall.`,
		copy: 'Copy embed code'
	},
	/** The embed's link to the full site. */
	openFull: 'Open in Sourceline ↗',
	/** A quote in the language's quotation marks. */
	quoted: (text: string) => `“${text}”`,
	/** Under a quote on the preview card: who said it, in which source. */
	saidBy: (p: { speaker: string; source: string }) => `— ${p.speaker}, ${p.source}`,
	/** The quote's verbatim text is itself a translation, by this translator. */
	translatedBy: (by: string) => `translation by ${by}`,
	/** The card and the preview show a translation added for readers, not the original: whose it is. */
	translation: (by: string) => `translation: ${by}`,
	/** A link preview's description and image text. */
	meta: {
		said: (p: { quote: string; speaker: string; source: string }) => `${p.quote} — ${p.speaker}, ${p.source}.`,
		saidTranslated: (p: { quote: string; speaker: string; source: string; by: string }) =>
			`${p.quote} — ${p.speaker}, ${p.source} (translation: ${p.by}).`,
		imageAlt: (p: { title: string; when: string }) => `${p.title}, ${p.when}`,
		imageAltQuote: (p: { title: string; when: string; quote: string }) => `${p.title}, ${p.when}: ${p.quote}`
	},
	/** The exported SVG/PNG of the view: its footer and its description. */
	snapshot: {
		sources: (names: string) => `Sources: ${names}`,
		noSources: 'none',
		/** Between the publishers named. */
		separator: '; ',
		/** After the publishers named, for those left out. */
		more: (n: number, num: Numbers) => `and ${num.count(n)} more`,
		permalink: (url: string) => `Permalink: ${url}`,
		noPermalink: 'none (read from a file on the exporting device)',
		exported: (date: string) => `Exported ${date} from Sourceline`,
		desc: (p: { labelled: number; clustered: number; permalink: string }, num: Numbers) =>
			`Timeline snapshot exported from Sourceline: ${num.count(p.labelled)} labelled ${num.plural(p.labelled, { one: 'event', other: 'events' })} and ${num.count(p.clustered)} in clusters. ${p.permalink}`
	}
};
