import type { Report } from '../en/report';
import type { Numbers } from '../../plural';
import issues from './issues';

const n = (count: number, one: string, many: string, num: Numbers) => `${num.count(count)} ${count === 1 ? one : many}`;

export default {
	refused: {
		title: (file, count, num) => `${file} wurde nicht geladen: ${n(count, 'Problem', 'Probleme', num)}`,
		unchanged:
			'Die angezeigte Zeitleiste bleibt unverändert. Beheben Sie diese Probleme und öffnen Sie die Datei erneut:',
		dismiss: 'Schließen'
	},
	where: {
		colon: ': ',
		file: '(Datei)',
		root: '(oberste Ebene)',
		row: (row) => `Zeile ${row}`,
		rowColumn: (row, column) => `Zeile ${row}, Spalte „${column}“`,
		column: (column) => `Spalte „${column}“`,
		event: (id) => `Ereignis „${id}“`,
		separator: ', ',
		andMore: (count, num) => ` und ${num.count(count)} weitere`,
		quoted: (value) => `„${value}“`
	},
	opened: {
		title: (file, format) => `${file} geöffnet: ${format}`,
		formats: {
			sourcelineJson: 'Sourceline JSON',
			sourcelineCsv: 'Sourceline CSV',
			timelinejsJson: 'TimelineJS JSON',
			timelinejsCsv: 'eine TimelineJS-Tabelle (CSV)'
		},
		counts: (events, sources, quotes, num) =>
			`${n(events, 'Ereignis', 'Ereignisse', num)}, ${n(sources, 'Quelle', 'Quellen', num)}, ${n(quotes, 'Zitat', 'Zitate', num)}.`,
		unsourced: (count, events, num) =>
			`${num.count(count)} von ${num.count(events)} ${num.plural(events, { one: 'Ereignis', other: 'Ereignissen' })} ${num.plural(count, { one: 'nennt', other: 'nennen' })} keine Quelle.`,
		evidence: (archived, verbatim, quotes, num) =>
			`${n(archived, 'Quelle hat', 'Quellen haben', num)} eine archivierte Kopie: ${num.count(verbatim)} von ${n(quotes, 'Zitat', 'Zitaten', num)} geprüft und dort wörtlich gefunden.`,
		evidenceUnchecked: (archived, verbatim, quotes, num) =>
			`${n(archived, 'Quelle hat', 'Quellen haben', num)} eine archivierte Kopie: ${num.count(verbatim)} von ${n(quotes, 'Zitat', 'Zitaten', num)} geprüft und dort wörtlich gefunden, {unchecked}.`,
		unchecked: (count, num) => `${num.count(count)} nicht mit einer archivierten Kopie abgeglichen`,
		uncertain: (count, num) =>
			`${n(count, 'Ereignis hat', 'Ereignisse haben', num)} ein Datum oder eine Zuschreibung mit mittlerer oder geringer Sicherheit.`,
		partial: (count, num) =>
			`${n(count, 'Quelle wird', 'Quellen werden', num)} nur für einen Teil eines Ereignisses angeführt (nicht als Bericht darüber gezählt).`,
		changes: (count, num) => `Was sich geändert hat und was zu prüfen ist (${num.count(count)})`,
		downloadJson: 'Als Sourceline JSON herunterladen',
		downloadCsv: 'Als CSV herunterladen',
		dismiss: 'Schließen'
	},
	issues
} satisfies Report;
