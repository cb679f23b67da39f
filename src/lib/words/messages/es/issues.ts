/** Every problem a file can have, by code (see `data/issue-codes.ts`): fetched only when one is shown. */
import type { Issues } from '../en/issues';
import { q } from './grammar';

const named = (headline: string) => (headline ? ` ${q(headline)}` : '');
const WANT: Record<string, string> = {
	text: 'texto',
	list: 'una lista',
	object: 'un objeto',
	oneOf: 'uno de los valores admitidos',
	number: 'un número'
};
const GOT: Record<string, string> = {
	list: 'una lista',
	null: 'null',
	string: 'un texto',
	number: 'un número',
	boolean: 'un booleano',
	undefined: 'nada',
	other: 'otra cosa'
};
const TOO_MANY: Record<string, string> = {
	actors: 'nombra más de {n} protagonistas',
	tags: 'tiene más de {n} etiquetas',
	quotes: 'tiene más de {n} citas',
	eventSources: 'nombra más de {n} fuentes',
	supportSources: 'enumera más de {n} fuentes',
	sources: 'tiene más de {n} fuentes',
	eras: 'tiene más de {n} épocas',
	events: 'tiene más de {n} eventos'
};
const CHAR: Record<string, string> = {
	surrogate: 'medio carácter (un sustituto aislado)',
	noncharacter: 'un no carácter',
	control: 'un carácter de control'
};
const RANGE: Record<string, string> = {
	month: 'no es un mes (de 1 a 12)',
	day: 'no es un día del mes (de 1 a 31)',
	hour: 'no es una hora (de 0 a 23)',
	minute: 'no es un minuto (de 0 a 59)',
	second: 'no es un segundo (de 0 a 59)',
	millisecond: 'no es un milisegundo (de 0 a 999)'
};
const DROPPED: Record<string, string> = {
	dayWithoutMonth: 'el día (no tiene mes)',
	timeWithoutDay: 'la hora (no tiene día)',
	minutesWithoutHour: 'la hora (minutos sin hora)',
	milliseconds: 'los milisegundos (las fechas de Sourceline llegan al segundo)'
};
const TITLE_FROM: Record<string, string> = {
	display: 'su fecha visible (Display Date)',
	text: 'las primeras palabras de su texto',
	start: 'su fecha'
};

export default {
	fileTooBig: (p, say) => `ocupa ${say.mb(p.size)} MB; el límite es de ${say.mb(p.limit)} MB`,
	tooBigWhileReading: (p, say) =>
		`supera el límite de ${say.mb(p.limit)} MB (la lectura se detuvo en ${say.mb(p.size)} MB)`,
	notJson: (p) => `no es un JSON válido: ${p.detail}`,
	notText: (p) => `no es texto ${p.encoding} válido; guárdelo como UTF-8 y vuelva a abrirlo`,
	unreadable: (p) => `no se ha podido leer: ${p.detail || 'el navegador no ha podido leerlo'}`,
	noWorker: () => 'no se ha podido leer: este navegador no ha podido iniciar el conversor (un Web Worker)',
	notTimelineObject: (p) =>
		`debe ser un objeto JSON que describa una cronología (con ${q('id')}, ${q('title')}, ${q('language')}, ${q('sources')} y ${q('events')}), no ${GOT[p.got]}`,
	moreErrors: (p, say) =>
		`y ${say.n(p.count)} ${p.count === 1 ? 'error más que no se muestra' : 'errores más que no se muestran'}`,
	csvTooBig: (p, say) => `ocupa ${say.mb(p.size)} MB; el límite es de ${say.n(p.limit / 1024 / 1024)} MB`,
	csvTooManyColumns: (p, say) => `tiene ${say.n(p.count)} columnas; el límite es de ${say.n(p.limit)}`,
	csvNoHeader: () => 'no tiene fila de encabezado: la primera fila debe nombrar las columnas',
	csvBlankHeader: (p) => `la columna ${p.column} no tiene encabezado`,
	csvDuplicateHeader: (p) => `la columna ${q(p.header)} aparece dos veces (columnas ${p.first} y ${p.second})`,
	csvTooManyRows: (p, say) => `tiene más de ${say.n(p.limit)} filas`,
	csvTooManyCells: (p, say) =>
		`tiene ${say.n(p.cells)} celdas, pero solo ${say.n(p.columns)} columnas tienen encabezado`,
	unknownColumns: (p) =>
		`no tiene ni las columnas de Sourceline (Date, Title…) ni las de TimelineJS (Year, Headline…); sus columnas son ${p.columns}`,
	csvSameColumn: (p) => `es la misma columna que ${q(p.other)}: conserve solo una`,
	csvUnknownColumn: (p) =>
		`no es una columna conocida${p.near ? ` (¿quería decir ${q(p.near)}?)` : ''}; las columnas son: ${p.columns}. Una columna cuyo nombre empieza por ${q('#')} o ${q('Note')} queda reservada para sus propias notas`,
	csvNotesColumns: (p, say) =>
		`${p.columns.length > 1 ? 'las columnas' : 'la columna'} ${say.list(p.columns.map(q))} ${p.columns.length > 1 ? 'quedan' : 'queda'} fuera de la cronología: una columna cuyo nombre empieza por ${q('#')} o ${q('Note')} está reservada para las notas de quien elabora la cronología`,
	csvSpreadsheetDate: (p) =>
		`${q(p.text)} parece el formato de fecha propio de una hoja de cálculo, en el que el día y el mes pueden leerse al revés: escriba YYYY-MM-DD (2025-03-05); para que la hoja de cálculo no lo cambie, dé a la columna formato de texto`,
	csvConflict: (p) => {
		const what = {
			source: `la misma fuente (${q(p.source)})`,
			timeline: 'la cronología',
			event: `el evento ${q(p.event)}`,
			support: `lo que la fuente ${q(p.source)} respalda del evento ${q(p.event)}`
		}[p.of];
		return `aquí vale ${q(p.value)}, pero la fila ${p.row} indica ${q(p.earlier)} para ${what}: una fila que añada datos debe dejar esta celda vacía o repetir el mismo valor`;
	},
	csvIdMade: (p) =>
		`no tiene ID, así que el identificador del evento se ha generado a partir de su título: ${q(p.id)}. Escriba ${p.id} en la columna ID para que los enlaces al evento no cambien si cambia su título`,
	csvStraySourceCell: () => 'pertenece a una fuente, pero esta fila no tiene ni Source URL ni Source ID',
	csvSupportNoSource: () => 'dice qué respalda una fuente, pero esta fila no tiene ni Source URL ni Source ID',
	csvSupportNoEvent: () =>
		'está en una fila que no pertenece a ningún evento: escriba el ID de su evento en la columna ID',
	csvNoEvent: () =>
		'está en una fila que no pertenece a ningún evento: escriba el ID de su evento en la columna ID (una fila sin ID ni Title no se suma a ningún evento)',
	csvQuoteNoSource: () =>
		'no tiene fuente: indique en la misma fila la Source URL (o el Source ID) de la fuente de la cita',
	csvStrayQuoteCell: () => 'pertenece a una cita, pero la celda Quote de esta fila está vacía',
	csvClaimEmpty: () => 'está vacía: indique a qué se refiere el valor de Claim value',
	csvClaimValueEmpty: (p) => `está vacía: indique qué dice la fuente de esta fila sobre ${q(p.claim)}`,
	csvClaimNoSource: () =>
		'no tiene fuente: indique en la misma fila la Source URL (o el Source ID) de la fuente que lo afirma',
	csvTimelineAssumed: (p, say) => {
		const names: string[] = [];
		const whats: string[] = [];
		if (p.id !== null) {
			names.push('Timeline ID');
			whats.push(`el identificador ${q(p.id)} (del nombre del archivo)`);
		}
		if (p.title !== null) {
			names.push('Timeline title');
			whats.push(`el título ${q(p.title)} (el nombre del archivo)`);
		}
		if (p.language !== null) {
			names.push('Timeline language');
			whats.push(`el idioma ${q(p.language)}`);
		}
		const many = names.length > 1;
		return `ninguna fila indica ${say.list(names)}: para la cronología se ${many ? 'toman' : 'toma'} ${say.list(whats)}; añada ${many ? 'las columnas' : 'la columna'} para ${many ? 'indicarlos' : 'indicarlo'}`;
	},
	csvKindAssumed: (p) =>
		`está vacía para la fuente ${q(p.source)}: su tipo es ${q('unknown')} (escriba primary, wire, news, derivative o unreliable)`,
	csvUnknownDerivedFrom: (p) => `${q(p.value)} no es la Source URL ni el Source ID de ninguna fuente de este archivo`,
	csvScopeAssumed: (p) =>
		`está vacía para la fuente ${q(p.source)}: su Archived text se toma como ${q('passages')} (escriba ${q('full')} si es la página entera)`,
	csvDateMix: () =>
		'no puede ir con Date ni con End date: indique o bien Date (con End date para un periodo), o bien Not before y Not after para una fecha incierta',
	csvNeedsNotBefore: () => 'necesita un Not before: una fecha incierta es el intervalo entre ambos valores',
	csvNeedsNotAfter: () => 'necesita un Not after: una fecha incierta es el intervalo entre ambos valores',
	csvEndWithoutDate: () => 'necesita un valor en Date: el inicio del periodo',
	csvQuoteLanguageAssumed: (p) =>
		`está vacía: se supone que la cita está en ${q(p.language)} (el idioma ${p.from === 'source' ? 'de la fuente' : 'de la cronología'})`,
	tjsNotTemplate: (p) => `no tiene columna ${p.missing.join(' ni ')}: no es la plantilla de TimelineJS`,
	tjsColumnsNotRead: (p) =>
		`columnas no leídas (la plantilla de TimelineJS no tiene esa columna): ${p.columns.join(', ')}`,
	tjsSecondTitle: (p, say) =>
		`${say.slide(p.slide)}: una segunda fila de título, leída como evento (TimelineJS hace lo mismo)`,
	tjsUnknownType: (p, say) => `${say.slide(p.slide)}: el Type ${q(p.type)} no es title ni era; se lee como evento`,
	tjsNotWholeNumber: (p) => `${p.json ? p.value : q(p.value)} no es un número entero`,
	tjsNotTime: (p) => `${q(p.value)} no es una hora válida, como 14:30 o 2:30 PM`,
	tjsOrphanEndParts: (p, say) =>
		`${say.slide({ row: p.row })}: ${p.columns.join(', ')} sin End Year; se ${p.columns.length > 1 ? 'ignoran' : 'ignora'} (como hace TimelineJS)`,
	tjsNotObject: () => 'no es una cronología de TimelineJS: el archivo debe ser un objeto JSON',
	tjsVersion2: () =>
		'tiene el formato de TimelineJS 2 ({"timeline": …}); Sourceline lee archivos de TimelineJS 3 ({"events": […]})',
	tjsNoEvents: () => `no tiene lista ${q('events')}: no es una cronología de TimelineJS`,
	tjsScale: (p) => `la escala ${q(p.scale)} no se lee: Sourceline solo representa los años del 1 al 9999`,
	tjsMustBeList: () => 'debe ser una lista',
	tjsNotSlide: () => 'debe ser un objeto (una diapositiva)',
	tjsEndNoYear: (p, say) => `${say.slide(p.slide)}: end_date no tiene año; se ignora (TimelineJS también lo ignora)`,
	tjsMustBeText: () => 'debe ser texto',
	tjsMustBeObject: () => 'debe ser un objeto',
	tjsHtmlTooDeep: (p) =>
		`anida HTML en más de ${p.limit} niveles; el límite impide que un archivo malicioso bloquee la página`,
	tjsOutOfRange: (p) => `${p.value} ${RANGE[p.part]}`,
	tjsLanguageAssumed: () =>
		`los archivos de TimelineJS no indican idioma: se supone que el texto está en inglés (${q('en')}); cambie \`language\` si no es así`,
	tjsMediaAsLinks: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'imagen, vídeo, mapa o publicación se conserva' : 'imágenes, vídeos, mapas o publicaciones se conservan'} como ${p.count === 1 ? 'enlace' : 'enlaces'}, sin insertar`,
	tjsNoTitleSlide: (p) => `no hay diapositiva de título: se usa como título el nombre del archivo, ${q(p.name)}`,
	tjsTitleNoHeadline: (p) =>
		`la diapositiva de título no tiene titular: se usa como título el nombre del archivo, ${q(p.name)}`,
	tjsTitleMedia: () =>
		'el contenido multimedia de la diapositiva de título no se conserva: una cronología no tiene contenido multimedia propio',
	tjsUniqueIdTwice: (p, say) =>
		`${say.slide(p.slide)}: unique_id ${q(p.id)} se usa dos veces; este evento recibe otro identificador`,
	tjsNoStartYear: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)} no tiene año de inicio: se omite (TimelineJS también lo omite)`,
	tjsUndrawable: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)} tiene fecha en el año ${p.year}: Sourceline solo representa los años del 1 al 9999; se omite`,
	tjsPartsDropped: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)}: se ${p.dropped.length > 1 ? 'descartan' : 'descarta'} ${say.list(p.dropped.map((d) => DROPPED[d]!))} de la fecha${p.end ? ' final' : ''}`,
	tjsNoHeadline: (p, say) =>
		`${say.slide(p.slide)} no tiene titular: su título se ha tomado de ${TITLE_FROM[p.from]}: ${q(p.title)}`,
	tjsUniqueIdNotSlug: (p, say) =>
		`${say.slide(p.slide)}: unique_id ${q(p.given)} no es un slug; su identificador es ${q(p.id)}`,
	tjsMoreEmbeds: (p, say) =>
		`${say.slide(p.slide)}: ${p.count === 1 ? 'se ha descartado otra dirección insertada' : `se han descartado otras ${say.n(p.count)} direcciones insertadas`} en Media (un evento solo conserva una)`,
	tjsNoScheme: (p, say) =>
		`${say.slide(p.slide)}: la dirección de Media ${q(p.url)} no tiene esquema; se lee como https:`,
	tjsQuoteInSummary: (p, say) =>
		`${say.slide(p.slide)}: la cita se mantiene en el resumen: ${p.why === 'noSource' ? 'no hay fuente a la que atribuirla' : 'no nombra a quien habla'}`,
	tjsLinksLeftOut: (p, say) =>
		`${say.slide(p.slide)}: se omiten las direcciones de los enlaces del texto, que con ellas superaría los ${say.n(p.limit)} caracteres`,
	tjsEraNoDate: (p, say) =>
		`${say.slide(p.slide)}: la época${named(p.headline)} no tiene fecha de ${p.missing === 'start' ? 'inicio' : 'fin'}: una época necesita ambas; se omite`,
	tjsEraUndrawable: (p, say) =>
		`${say.slide(p.slide)}: la época${named(p.headline)} está fechada en ${p.year}: Sourceline solo representa los años del 1 al 9999; se omite`,
	tjsEraBadDates: (p, say) => `${say.slide(p.slide)}: época${named(p.headline)}: ${say.reason(p.why)}; se omite`,
	tjsEraNoHeadline: (p, say) => `${say.slide(p.slide)}: la época no tiene titular: su título son sus fechas`,
	tjsUnknownFields: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'campo que TimelineJS no define no se ha leído' : 'campos que TimelineJS no define no se han leído'}: ${say.listed(p)}`,
	tjsUtcTimes: (p, say) =>
		`las horas de TimelineJS no llevan zona horaria: ${say.n(p.count)} ${p.count === 1 ? `hora${p.end ? ' final' : ''} se ha leído` : `horas${p.end ? ' finales' : ''} se han leído`} como UTC: ${say.listed(p)}`,
	tjsIdsMade: (p, say) =>
		`${
			p.count === 1
				? '1 evento no tenía identificador: se generó uno a partir de su título y se escribió en el archivo, para que no cambie'
				: `${say.n(p.count)} eventos no tenían identificador: se generaron a partir de sus títulos y se escribieron en el archivo, para que no cambien`
		}: ${say.listed(p)}`,
	tjsThumbnails: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'miniatura de multimedia descartada' : 'miniaturas de multimedia descartadas'} (la cronología no dibuja miniaturas): ${say.listed(p)}`,
	tjsMediaTitles: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'título de multimedia descartado' : 'títulos de multimedia descartados'}: ${say.listed(p)}`,
	tjsFrames: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'marco insertado se conserva' : 'marcos insertados se conservan'} como ${p.count === 1 ? 'enlace' : 'enlaces'} a su dirección: ${say.listed(p)}`,
	tjsAltDropped: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'texto alternativo descartado' : 'textos alternativos descartados'}: no hay ninguna imagen a la que acompañar: ${say.listed(p)}`,
	tjsMediaLinks: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'enlace de destino de un elemento multimedia descartado' : 'enlaces de destino de elementos multimedia descartados'}: ${say.listed(p)}`,
	tjsQuoteLinks: (p, say) =>
		`los enlaces dentro de un texto citado no se convierten en fuentes (${say.n(p.count)} ${p.count === 1 ? 'cita' : 'citas'}): ${say.listed(p)}`,
	tjsBadLinks: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'enlace no es una dirección http(s) y se ha descartado' : 'enlaces no son direcciones http(s) y se han descartado'}: ${say.listed(p)}`,
	tjsBackgrounds: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'fondo de diapositiva descartado' : 'fondos de diapositiva descartados'} (Sourceline no dibuja ninguno): ${say.listed(p)}`,
	dataUrlTooLong: () => 'la URL de datos supera los 2000 caracteres',
	dataUrlUnparsable: () => 'la URL de datos no se puede interpretar',
	dataUrlNotHttp: () => 'la URL de datos no es http(s)',
	dataUrlCredentials: () => 'la URL de datos no debe contener nombre de usuario ni contraseña',
	dataUrlOtherSite: (p) => `con ?data= solo se pueden abrir cronologías de este sitio (${p.origin})`,
	fetchFailed: (p) => `no se ha podido descargar: ${p.detail}`,
	fetchStatus: (p) => `no se ha podido descargar: el servidor respondió con el código ${p.status}`,
	notServedAsJson: (p) =>
		p.type ? `se sirve como ${q(p.type)}, no como JSON` : 'se sirve sin tipo de contenido, no como JSON',
	noBody: () => 'no tiene contenido',
	unknownField: () => 'no es un campo conocido',
	missing: () => 'falta',
	wrongType: (p) => `debe ser ${WANT[p.want] ?? p.expected}, no ${p.got}`,
	invalid: (p) => `no es válido (${p.detail})`,
	empty: () => 'no debe estar vacío',
	tooLong: (p, say) => `tiene ${say.n(p.length)} caracteres; el límite es de ${say.n(p.limit)}`,
	badChar: (p) => `contiene ${CHAR[p.kind]}, ${p.char}, en la posición ${p.at}`,
	idTooLong: (p) => `supera los ${p.limit} caracteres`,
	notSlug: () => `debe ser un slug: minúsculas, cifras y guiones simples, como ${q('rutte-dpa-interview')}`,
	dateShape: () => 'no es una fecha; escriba YYYY, YYYY-MM, YYYY-MM-DD o YYYY-MM-DDTHH:MM con zona horaria',
	urlTooLong: () => 'la URL supera los 2000 caracteres',
	urlNotHttp: () => 'la URL no es http(s)',
	urlUnsafeChars: () => 'la URL contiene espacios o caracteres de control o invisibles',
	urlUnparsable: () => 'la URL no se puede interpretar',
	urlCredentials: () => 'la URL no debe contener nombre de usuario ni contraseña',
	urlNoHost: () => 'la URL no indica ningún servidor',
	notLanguageTag: () => `debe ser un código de idioma como ${q('en')} o ${q('de')}`,
	notDateValue: () => 'debe ser una cadena de fecha, {"start", "end"} o {"notBefore", "notAfter"}',
	notSourceKind: () => 'debe ser uno de estos valores: primary, wire, news, derivative, unreliable, unknown',
	notUtc: () => 'debe ser una fecha y hora en UTC, como 2026-11-21T14:03Z',
	notSha256: () => 'debe ser un SHA-256 escrito con 64 cifras hexadecimales en minúscula',
	notArchiveScope: () => `debe ser ${q('full')} o ${q('passages')}`,
	notConfidenceLevel: () => `debe ser ${q('high')}, ${q('medium')} o ${q('low')}`,
	notSupportKind: () => 'debe ser uno de estos valores: event, date, attribution, quote, claim',
	needsSource: () => 'debe nombrar al menos una fuente',
	needsTwoVariants: () => 'debe enumerar al menos dos variantes',
	needsSupport: () => 'debe indicar al menos un elemento respaldado por la fuente',
	tooMany: (p, say) => TOO_MANY[p.of]!.replace('{n}', say.n(p.limit)),
	duplicateId: (p) => `identificador ${q(p.id)} repetido (ya se usa en ${p.first})`,
	unknownSourceId: (p) => `identificador de fuente ${q(p.id)} desconocido`,
	unknownEventId: (p) => `identificador de evento ${q(p.id)} desconocido`,
	contradictsItself: () => 'un evento no puede contradecirse a sí mismo',
	shaMismatch: (p) =>
		`no coincide con el texto archivado de la fuente ${q(p.source)}: el SHA-256 del texto es ${p.actual} (el texto se modificó después de archivarse, o el SHA-256 indicado es erróneo)`,
	notVerbatim: (p) =>
		`del evento ${q(p.event)} no aparece textualmente en el texto archivado de la fuente ${q(p.source)}: ${q(p.quote)} (comparado tras la normalización Unicode NFC, tomando cada serie de espacios en blanco como uno solo)`,
	supportTwice: (p) => `la fuente ${q(p.source)} figura dos veces`,
	supportLeavesOut: (p) =>
		`omite ${q(p.what)}, pero ${p.what === 'quote' ? 'una cita' : 'una variante de afirmación'} de este evento se atribuye a la fuente ${q(p.source)}`,
	supportNamesUncredited: (p) =>
		`nombra ${q(p.what)}, pero ${p.what === 'quote' ? 'ninguna cita' : 'ninguna variante de afirmación'} de este evento se atribuye a la fuente ${q(p.source)}`,
	notInEventSources: (p) => `la fuente ${q(p.source)} no está en la lista de fuentes de este evento`,
	derivationCycle: (p) => `derivedFrom forma un ciclo: ${p.ids.join(' → ')}`,
	noSource: () => 'sin fuente indicada',
	noSourceCount: (p, say) =>
		`${say.n(p.count)} de ${say.n(p.total)} eventos no ${p.count === 1 ? 'indica' : 'indican'} ninguna fuente`,
	plainHttp: () => 'usa http: sin cifrar, no https:',
	plainHttpCount: (p, say) => `${say.n(p.count)} ${p.count === 1 ? 'fuente usa' : 'fuentes usan'} http: sin cifrar`,
	futureDate: (p) => `${p.date} está en el futuro`,
	futureCount: (p, say) => `${say.n(p.count)} ${p.count === 1 ? 'fuente tiene' : 'fuentes tienen'} fecha futura`,
	dateNotDate: (p) =>
		`${q(p.text)} no es una fecha; escriba YYYY, YYYY-MM, YYYY-MM-DD o YYYY-MM-DDTHH:MM con zona horaria (Z o +01:00)`,
	dateYearZero: () => 'el año 0000 no existe (el calendario pasa del 1 a. C. al 1 d. C.)',
	dateNoMonth: (p) => `el mes ${p.month} no existe (en ${p.text})`,
	dateNoDay: (p, say) => `${p.date} no existe: ${say.month(p.month)} de ${p.year} tiene ${p.days} días`,
	dateNoTime: (p) => `la hora ${p.time} no existe (en ${p.text})`,
	dateNoZone: (p) => `${p.text} tiene hora pero no zona horaria; añada Z para UTC o un desfase como +01:00`,
	dateBadOffset: (p) => `el desfase horario ${p.zone} no existe (los desfases van de -14:00 a +14:00)`,
	dateEnd: (p, say) => `${p.end}: ${say.reason(p.why)}`,
	dateBackwards: (p) =>
		p.range
			? `end (${p.end}) es anterior a start (${p.start})`
			: `notAfter (${p.end}) es anterior a notBefore (${p.start})`
} satisfies Issues;
