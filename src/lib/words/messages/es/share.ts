import type { Messages } from '../en';
import type { Numbers } from '../../plural';

export default {
	copyLink: 'Copiar enlace',
	share: 'Compartir',
	embed: 'Insertar',
	exportSvg: 'Exportar SVG',
	exportPng: 'Exportar PNG',
	copySvg: 'Copiar SVG',
	noLink: 'Cronología abierta desde un archivo de este dispositivo: no tiene enlace.',
	copied: { link: 'Enlace copiado', embedCode: 'Código de inserción copiado', svg: 'SVG copiado' },
	notCopied: {
		link: 'No se ha podido copiar; seleccione el enlace y cópielo a mano',
		embedCode: 'No se ha podido copiar; seleccione el código de inserción y cópielo a mano',
		svg: 'No se ha podido copiar el SVG'
	},
	embedBox: {
		code: 'Código de inserción',
		keepAddress: 'Reflejar el evento abierto en la dirección de mi página ({param})',
		sizing: (height: string) =>
			`El script ajusta la altura del marco a su contenido; sin él, el marco mide ${height} px de alto.`,
		copy: 'Copiar código de inserción'
	},
	openFull: 'Abrir en Sourceline ↗',
	quoted: (text: string) => `«${text}»`,
	saidBy: (p: { speaker: string; source: string }) => `— ${p.speaker}, ${p.source}`,
	translatedBy: (by: string) => `traducción de ${by}`,
	translation: (by: string) => `traducción: ${by}`,
	meta: {
		said: (p: { quote: string; speaker: string; source: string }) => `${p.quote} — ${p.speaker}, ${p.source}.`,
		saidTranslated: (p: { quote: string; speaker: string; source: string; by: string }) =>
			`${p.quote} — ${p.speaker}, ${p.source} (traducción: ${p.by}).`,
		imageAlt: (p: { title: string; when: string }) => `${p.title}, ${p.when}`,
		imageAltQuote: (p: { title: string; when: string; quote: string }) => `${p.title}, ${p.when}: ${p.quote}`
	},
	snapshot: {
		sources: (names: string) => `Fuentes: ${names}`,
		noSources: 'ninguna',
		separator: '; ',
		more: (n: number, num: Numbers) => `y ${num.count(n)} más`,
		permalink: (url: string) => `Enlace permanente: ${url}`,
		noPermalink: 'ninguno (cronología abierta desde un archivo del dispositivo en que se exportó)',
		exported: (date: string) => `Exportado el ${date} desde Sourceline`,
		desc: (p: { labelled: number; clustered: number; permalink: string }, num: Numbers) =>
			`Instantánea de una cronología exportada desde Sourceline: ${num.count(p.labelled)} ${num.plural(p.labelled, { one: 'evento rotulado', other: 'eventos rotulados' })} y ${num.count(p.clustered)} ${num.plural(p.clustered, { one: 'agrupado', other: 'agrupados' })}. ${p.permalink}`
	}
} satisfies Messages['share'];
