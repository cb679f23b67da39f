import type { Report } from '../en/report';
import type { Numbers } from '../../plural';
import issues from './issues';
import { q } from './grammar';

const n = (count: number, one: string, many: string, num: Numbers) => `${num.count(count)} ${count === 1 ? one : many}`;

export default {
	refused: {
		title: (file, count, num) => `${file} no se ha cargado: ${n(count, 'problema', 'problemas', num)}`,
		unchanged: 'La cronología en pantalla no ha cambiado. Corrija estos problemas y vuelva a abrir el archivo:',
		dismiss: 'Cerrar'
	},
	where: {
		colon: ': ',
		file: '(archivo)',
		root: '(raíz)',
		row: (row) => `fila ${row}`,
		rowColumn: (row, column) => `fila ${row}, columna ${q(column)}`,
		column: (column) => `columna ${q(column)}`,
		event: (id) => `evento ${q(id)}`,
		separator: ', ',
		andMore: (count, num) => ` y ${num.count(count)} más`,
		quoted: (value) => q(value)
	},
	opened: {
		title: (file, format) => `Se ha abierto ${file}: ${format}`,
		formats: {
			sourcelineJson: 'Sourceline JSON',
			sourcelineCsv: 'Sourceline CSV',
			timelinejsJson: 'TimelineJS JSON',
			timelinejsCsv: 'una hoja de cálculo de TimelineJS (CSV)'
		},
		counts: (events, sources, quotes, num) =>
			`${n(events, 'evento', 'eventos', num)}, ${n(sources, 'fuente', 'fuentes', num)}, ${n(quotes, 'cita', 'citas', num)}.`,
		unsourced: (count, events, num) =>
			`${num.count(count)} de ${num.count(events)} eventos no ${count === 1 ? 'indica' : 'indican'} ninguna fuente.`,
		evidence: (archived, verbatim, quotes, num) =>
			`${n(archived, 'fuente tiene', 'fuentes tienen', num)} copia archivada: ${num.count(verbatim)} de ${n(quotes, 'cita', 'citas', num)} ${num.plural(verbatim, { one: 'se ha cotejado y aparece', other: 'se han cotejado y aparecen' })} textualmente en ${archived === 1 ? 'esa copia' : 'esas copias'}.`,
		evidenceUnchecked: (archived, verbatim, quotes, num) =>
			`${n(archived, 'fuente tiene', 'fuentes tienen', num)} copia archivada: ${num.count(verbatim)} de ${n(quotes, 'cita', 'citas', num)} ${num.plural(verbatim, { one: 'se ha cotejado y aparece', other: 'se han cotejado y aparecen' })} textualmente en ${archived === 1 ? 'esa copia' : 'esas copias'}; {unchecked}.`,
		unchecked: (count, num) => `${num.count(count)} sin cotejar con una copia archivada`,
		uncertain: (count, num) =>
			`${n(count, 'evento tiene', 'eventos tienen', num)} una fecha o una atribución de fiabilidad media o baja.`,
		partial: (count, num) =>
			`${n(count, 'fuente se cita', 'fuentes se citan', num)} solo para una parte de un evento (${count === 1 ? 'no cuenta como fuente' : 'no cuentan como fuentes'} del evento).`,
		changes: (count, num) => `Qué ha cambiado y qué conviene revisar (${num.count(count)})`,
		downloadJson: 'Descargar como Sourceline JSON',
		downloadCsv: 'Descargar como CSV',
		dismiss: 'Cerrar'
	},
	issues
} satisfies Report;
