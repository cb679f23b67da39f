/** Every problem a file can have, by code (see `data/issue-codes.ts`): fetched only when one is shown. */
import type { Issues } from '../en/issues';

const named = (headline: string) => (headline ? ` „${headline}“` : '');
const WANT: Record<string, string> = {
	text: 'Text',
	list: 'eine Liste',
	object: 'ein Objekt',
	oneOf: 'einer der erlaubten Werte',
	number: 'eine Zahl'
};
const GOT: Record<string, string> = {
	list: 'eine Liste',
	null: 'null',
	string: 'ein Text',
	number: 'eine Zahl',
	boolean: 'ein Wahrheitswert',
	undefined: 'nichts',
	other: 'etwas anderes'
};
const TOO_MANY: Record<string, string> = {
	actors: 'nennt mehr als {n} Akteure',
	tags: 'hat mehr als {n} Schlagwörter',
	quotes: 'hat mehr als {n} Zitate',
	eventSources: 'nennt mehr als {n} Quellen',
	supportSources: 'führt mehr als {n} Quellen auf',
	sources: 'hat mehr als {n} Quellen',
	eras: 'hat mehr als {n} Epochen',
	events: 'hat mehr als {n} Ereignisse'
};
const CHAR: Record<string, string> = {
	surrogate: 'ein halbes Zeichen (ein einzelnes Surrogat)',
	noncharacter: 'ein Nichtzeichen',
	control: 'ein Steuerzeichen'
};
const RANGE: Record<string, string> = {
	month: 'kein Monat (1 bis 12)',
	day: 'kein Tag des Monats (1 bis 31)',
	hour: 'keine Stunde (0 bis 23)',
	minute: 'keine Minute (0 bis 59)',
	second: 'keine Sekunde (0 bis 59)',
	millisecond: 'keine Millisekunde (0 bis 999)'
};
const DROPPED: Record<string, string> = {
	dayWithoutMonth: 'der Tag (es fehlt der Monat)',
	timeWithoutDay: 'die Uhrzeit (es fehlt der Tag)',
	minutesWithoutHour: 'die Uhrzeit (Minuten ohne Stunde)',
	milliseconds: 'die Millisekunden (Sourceline-Daten reichen bis zur Sekunde)'
};
const TITLE_FROM: Record<string, string> = {
	display: 'dient das Anzeigedatum',
	text: 'dienen die ersten Wörter des Texts',
	start: 'dient das Datum'
};

export default {
	fileTooBig: (p, say) => `ist ${say.mb(p.size)} MB groß; die Grenze liegt bei ${say.mb(p.limit)} MB`,
	tooBigWhileReading: (p, say) =>
		`ist größer als die Grenze von ${say.mb(p.limit)} MB (Lesen bei ${say.mb(p.size)} MB abgebrochen)`,
	notJson: (p) => `ist kein gültiges JSON: ${p.detail}`,
	notText: (p) => `ist kein gültiger ${p.encoding}-Text; speichern Sie die Datei als UTF-8 und öffnen Sie sie erneut`,
	unreadable: (p) => `konnte nicht gelesen werden: ${p.detail || 'der Browser konnte sie nicht lesen'}`,
	noWorker: () => 'konnte nicht gelesen werden: Dieser Browser startet den Konverter (einen Web Worker) nicht',
	notTimelineObject: (p) =>
		`muss ein JSON-Objekt sein, das eine Zeitleiste beschreibt (mit „id“, „title“, „language“, „sources“ und „events“); gefunden wurde ${GOT[p.got] ?? p.got}`,
	moreErrors: (p, say) => `und ${say.n(p.count)} weitere Fehler, die nicht angezeigt werden`,
	csvTooBig: (p, say) => `ist ${say.mb(p.size)} MB groß; die Grenze liegt bei ${say.n(p.limit / 1024 / 1024)} MB`,
	csvTooManyColumns: (p, say) => `hat ${say.n(p.count)} Spalten; die Grenze liegt bei ${say.n(p.limit)}`,
	csvNoHeader: () => 'hat keine Kopfzeile: Die erste Zeile muss die Spalten benennen',
	csvBlankHeader: (p) => `Spalte ${p.column} hat keine Überschrift`,
	csvDuplicateHeader: (p) => `Spalte „${p.header}“ kommt doppelt vor (Spalten ${p.first} und ${p.second})`,
	csvTooManyRows: (p, say) => `hat mehr als ${say.n(p.limit)} Zeilen`,
	csvTooManyCells: (p, say) =>
		`hat ${say.n(p.cells)} Zellen, aber nur ${say.n(p.columns)} Spalten haben eine Überschrift`,
	unknownColumns: (p) =>
		`hat weder die Spalten von Sourceline (Date, Title, …) noch die von TimelineJS (Year, Headline, …); vorhandene Spalten: ${p.columns}`,
	csvSameColumn: (p) => `ist dieselbe Spalte wie „${p.other}“: Behalten Sie nur eine davon`,
	csvUnknownColumn: (p) =>
		`ist keine bekannte Spalte${p.near ? ` (meinten Sie „${p.near}“?)` : ''}; mögliche Spalten: ${p.columns}. Eine Spalte, deren Name mit „#“ oder „Note“ beginnt, bleibt Ihren eigenen Notizen vorbehalten`,
	csvNotesColumns: (p, say) =>
		`${p.columns.length > 1 ? 'Die Spalten' : 'Die Spalte'} ${say.list(p.columns.map((c) => `„${c}“`))} ${p.columns.length > 1 ? 'werden' : 'wird'} nicht in die Zeitleiste übernommen: Eine Spalte, deren Name mit „#“ oder „Note“ beginnt, ist für eigene Notizen gedacht`,
	csvSpreadsheetDate: (p) =>
		`„${p.text}“ sieht nach dem eigenen Datumsformat einer Tabellenkalkulation aus, bei dem Tag und Monat verwechselt werden können: Schreiben Sie YYYY-MM-DD (2025-03-05); damit die Tabellenkalkulation es nicht ändert, formatieren Sie die Spalte als Text`,
	csvConflict: (p) => {
		const what = {
			source: `dieselbe Quelle („${p.source}“)`,
			timeline: 'die Zeitleiste',
			event: `das Ereignis „${p.event}“`,
			support: `die Belege der Quelle „${p.source}“ zum Ereignis „${p.event}“`
		}[p.of];
		return `ist hier „${p.value}“, Zeile ${p.row} nennt aber „${p.earlier}“ für ${what}: Eine Zeile, die etwas ergänzt, muss diese Zelle leer lassen oder denselben Wert wiederholen`;
	},
	csvIdMade: (p) =>
		`hat keine ID, daher wurde die ID des Ereignisses aus seinem Titel gebildet: „${p.id}“. Tragen Sie ${p.id} in die Spalte ID ein, damit Links auf das Ereignis gleich bleiben, wenn sich sein Titel ändert`,
	csvStraySourceCell: () => 'gehört zu einer Quelle, aber diese Zeile hat weder Source URL noch Source ID',
	csvSupportNoSource: () => 'gibt an, was eine Quelle belegt, aber diese Zeile hat weder Source URL noch Source ID',
	csvSupportNoEvent: () =>
		'steht in einer Zeile, die zu keinem Ereignis gehört: Tragen Sie die ID des zugehörigen Ereignisses in die Spalte ID ein',
	csvNoEvent: () =>
		'steht in einer Zeile, die zu keinem Ereignis gehört: Tragen Sie die ID des zugehörigen Ereignisses in die Spalte ID ein (eine Zeile ohne ID und ohne Title gehört zu keinem Ereignis)',
	csvQuoteNoSource: () =>
		'hat keine Quelle: Geben Sie in derselben Zeile die Source URL (oder die Source ID) an, aus der das Zitat stammt',
	csvStrayQuoteCell: () => 'gehört zu einem Zitat, aber die Zelle Quote dieser Zeile ist leer',
	csvClaimEmpty: () => 'ist leer: Geben Sie an, worauf sich der Wert in Claim value bezieht',
	csvClaimValueEmpty: (p) => `ist leer: Geben Sie an, was die Quelle dieser Zeile über „${p.claim}“ sagt`,
	csvClaimNoSource: () =>
		'hat keine Quelle: Geben Sie in derselben Zeile die Source URL (oder die Source ID) der Quelle an, die das sagt',
	csvTimelineAssumed: (p, say) => {
		const names: string[] = [];
		const whats: string[] = [];
		if (p.id !== null) {
			names.push('Timeline ID');
			whats.push(`die ID „${p.id}“ (aus dem Dateinamen)`);
		}
		if (p.title !== null) {
			names.push('Timeline title');
			whats.push(`der Titel „${p.title}“ (der Dateiname)`);
		}
		if (p.language !== null) {
			names.push('Timeline language');
			whats.push(`die Sprache „${p.language}“`);
		}
		const many = names.length > 1;
		return `Keine Zeile gibt ${say.list(names)} an: Für die Zeitleiste ${many ? 'werden' : 'wird'} ${say.list(whats)} angenommen; ergänzen Sie ${many ? 'die Spalten' : 'die Spalte'}, um ${many ? 'sie' : 'den Wert'} festzulegen`;
	},
	csvKindAssumed: (p) =>
		`ist für die Quelle „${p.source}“ leer: Als Quellenart gilt daher „unknown“ (schreiben Sie primary, wire, news, derivative oder unreliable)`,
	csvUnknownDerivedFrom: (p) => `„${p.value}“ ist weder Source URL noch Source ID einer Quelle in dieser Datei`,
	csvScopeAssumed: (p) =>
		`ist für die Quelle „${p.source}“ leer: Der Archived text gilt daher als „passages“ (schreiben Sie „full“, wenn er die ganze Seite wiedergibt)`,
	csvDateMix: () =>
		'lässt sich nicht mit Date oder End date kombinieren: Geben Sie entweder Date an (mit End date für einen Zeitraum) oder Not before und Not after für ein unsicheres Datum',
	csvNeedsNotBefore: () => 'braucht ein Not before: Ein unsicheres Datum ist der Zeitraum zwischen beiden',
	csvNeedsNotAfter: () => 'braucht ein Not after: Ein unsicheres Datum ist der Zeitraum zwischen beiden',
	csvEndWithoutDate: () => 'braucht ein Date: den Anfang des Zeitraums',
	csvQuoteLanguageAssumed: (p) =>
		`ist leer: Das Zitat gilt als „${p.language}“ (die Sprache ${p.from === 'source' ? 'der Quelle' : 'der Zeitleiste'})`,
	tjsNotTemplate: (p) => `hat keine Spalte ${p.missing.join(' oder ')}: keine TimelineJS-Vorlage`,
	tjsColumnsNotRead: (p) =>
		`nicht gelesene Spalten (die TimelineJS-Vorlage hat keine solche Spalte): ${p.columns.join(', ')}`,
	tjsSecondTitle: (p, say) => `${say.slide(p.slide)}: eine zweite Titelzeile, als Ereignis gelesen (wie in TimelineJS)`,
	tjsUnknownType: (p, say) => `${say.slide(p.slide)}: Type „${p.type}“ ist weder title noch era; als Ereignis gelesen`,
	tjsNotWholeNumber: (p) => `${p.json ? p.value : `„${p.value}“`} ist keine ganze Zahl`,
	tjsNotTime: (p) => `„${p.value}“ ist keine Uhrzeit wie 14:30 oder 2:30 PM`,
	tjsOrphanEndParts: (p, say) =>
		`${say.slide({ row: p.row })}: ${p.columns.join(', ')} ohne End Year; ignoriert (wie in TimelineJS)`,
	tjsNotObject: () => 'ist keine TimelineJS-Zeitleiste: Die Datei muss ein JSON-Objekt sein',
	tjsVersion2: () =>
		'hat das Format von TimelineJS 2 ({"timeline": …}); Sourceline liest Dateien von TimelineJS 3 ({"events": […]})',
	tjsNoEvents: () => 'hat keine Liste „events“: keine TimelineJS-Zeitleiste',
	tjsScale: (p) => `scale „${p.scale}“ wird nicht gelesen: Sourceline zeichnet die Jahre 1 bis 9999`,
	tjsMustBeList: () => 'muss eine Liste sein',
	tjsNotSlide: () => 'muss ein Objekt sein (eine Folie)',
	tjsEndNoYear: (p, say) => `${say.slide(p.slide)}: end_date hat kein Jahr; ignoriert (auch TimelineJS ignoriert es)`,
	tjsMustBeText: () => 'muss Text sein',
	tjsMustBeObject: () => 'muss ein Objekt sein',
	tjsHtmlTooDeep: (p) =>
		`verschachtelt HTML tiefer als ${p.limit} Elemente; die Grenze verhindert, dass eine bösartige Datei die Seite lahmlegt`,
	tjsOutOfRange: (p) => `${p.value} ist ${RANGE[p.part]}`,
	tjsLanguageAssumed: () =>
		'TimelineJS-Dateien nennen keine Sprache: Der Text gilt als Englisch („en“); ändern Sie `language`, wenn das nicht stimmt',
	tjsMediaAsLinks: (p, say) =>
		`${say.n(p.count)} Bilder, Clips, Karten oder Beiträge bleiben als Links erhalten, werden aber nicht eingebettet`,
	tjsNoTitleSlide: (p) => `Keine Titelfolie: Der Dateiname „${p.name}“ ist der Titel`,
	tjsTitleNoHeadline: (p) => `Die Titelfolie hat keine Überschrift: Der Dateiname „${p.name}“ ist der Titel`,
	tjsTitleMedia: () => 'Die Medien der Titelfolie werden nicht übernommen: Eine Zeitleiste hat keine eigenen',
	tjsUniqueIdTwice: (p, say) =>
		`${say.slide(p.slide)}: unique_id „${p.id}“ wird zweimal verwendet; dieses Ereignis erhält eine andere ID`,
	tjsNoStartYear: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)} hat kein Anfangsjahr: ausgelassen (auch TimelineJS überspringt es)`,
	tjsUndrawable: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)} ist auf ${p.year} datiert: Sourceline zeichnet die Jahre 1 bis 9999; ausgelassen`,
	tjsPartsDropped: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)}: ${say.list(p.dropped.map((d) => DROPPED[d]!))} aus dem ${p.end ? 'Enddatum' : 'Datum'} entfernt`,
	tjsNoHeadline: (p, say) =>
		`${say.slide(p.slide)} hat keine Überschrift: Als Titel ${TITLE_FROM[p.from]}, „${p.title}“`,
	tjsUniqueIdNotSlug: (p, say) =>
		`${say.slide(p.slide)}: unique_id „${p.given}“ ist kein Slug; die ID lautet „${p.id}“`,
	tjsMoreEmbeds: (p, say) =>
		`${say.slide(p.slide)}: ${say.n(p.count)} weitere eingebettete Adressen in Media wurden entfernt (ein Ereignis behält eine)`,
	tjsNoScheme: (p, say) => `${say.slide(p.slide)}: Die Media-Adresse „${p.url}“ hat kein Schema; als https: gelesen`,
	tjsQuoteInSummary: (p, say) =>
		`${say.slide(p.slide)}: Zitat in der Zusammenfassung belassen: ${p.why === 'noSource' ? 'keine Quelle, der es zugeschrieben werden kann' : 'keine Angabe, wer spricht'}`,
	tjsLinksLeftOut: (p, say) =>
		`${say.slide(p.slide)}: Linkadressen aus dem Text weggelassen, der mit ihnen länger als ${say.n(p.limit)} Zeichen wäre`,
	tjsEraNoDate: (p, say) =>
		`${say.slide(p.slide)}: Epoche${named(p.headline)} hat kein ${p.missing === 'start' ? 'Anfangsdatum' : 'Enddatum'}: Eine Epoche braucht beide; ausgelassen`,
	tjsEraUndrawable: (p, say) =>
		`${say.slide(p.slide)}: Epoche${named(p.headline)} ist auf ${p.year} datiert: Sourceline zeichnet die Jahre 1 bis 9999; ausgelassen`,
	tjsEraBadDates: (p, say) => `${say.slide(p.slide)}: Epoche${named(p.headline)}: ${say.reason(p.why)}; ausgelassen`,
	tjsEraNoHeadline: (p, say) => `${say.slide(p.slide)}: Die Epoche hat keine Überschrift: Als Titel dienen ihre Daten`,
	tjsUnknownFields: (p, say) =>
		`${p.count === 1 ? '1 Feld, das' : `${say.n(p.count)} Felder, die`} TimelineJS nicht definiert, ${p.count === 1 ? 'wurde' : 'wurden'} nicht gelesen: ${say.listed(p)}`,
	tjsUtcTimes: (p, say) =>
		`TimelineJS-Uhrzeiten haben keine Zeitzone; ${say.n(p.count)} ${p.end ? (p.count === 1 ? 'Enduhrzeit wurde' : 'Enduhrzeiten wurden') : p.count === 1 ? 'Uhrzeit wurde' : 'Uhrzeiten wurden'} als UTC gelesen: ${say.listed(p)}`,
	tjsIdsMade: (p, say) =>
		`${
			p.count === 1
				? '1 Ereignis hatte keine ID; sie wurde aus seinem Titel gebildet und in die Datei geschrieben, damit sie gleich bleibt'
				: `${say.n(p.count)} Ereignisse hatten keine ID; die IDs wurden aus ihren Titeln gebildet und in die Datei geschrieben, damit sie gleich bleiben`
		}: ${say.listed(p)}`,
	tjsThumbnails: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'Medien-Vorschaubild wurde' : 'Medien-Vorschaubilder wurden'} entfernt (die Zeitleiste zeichnet keine Vorschaubilder): ${say.listed(p)}`,
	tjsMediaTitles: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'Medientitel wurde' : 'Medientitel wurden'} entfernt: ${say.listed(p)}`,
	tjsFrames: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'eingebetteter Frame bleibt als Link auf seine Adresse' : 'eingebettete Frames bleiben als Links auf ihre Adressen'} erhalten: ${say.listed(p)}`,
	tjsAltDropped: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'Alternativtext wurde' : 'Alternativtexte wurden'} entfernt, da es kein Bild dazu gibt: ${say.listed(p)}`,
	tjsMediaLinks: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'weiterführender Medienlink wurde' : 'weiterführende Medienlinks wurden'} entfernt: ${say.listed(p)}`,
	tjsQuoteLinks: (p, say) =>
		`Links in zitiertem Text werden nicht zu Quellen (${say.n(p.count)} ${p.count === 1 ? 'Zitat' : 'Zitate'}): ${say.listed(p)}`,
	tjsBadLinks: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'Link ist keine http(s)-Adresse und wurde' : 'Links sind keine http(s)-Adressen und wurden'} entfernt: ${say.listed(p)}`,
	tjsBackgrounds: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'Folienhintergrund wurde' : 'Folienhintergründe wurden'} entfernt (Sourceline zeichnet keine): ${say.listed(p)}`,
	dataUrlTooLong: () => 'Die Daten-URL ist länger als 2000 Zeichen',
	dataUrlUnparsable: () => 'Die Daten-URL kann nicht gelesen werden',
	dataUrlNotHttp: () => 'Die Daten-URL ist nicht http(s)',
	dataUrlCredentials: () => 'Die Daten-URL darf keinen Benutzernamen und kein Passwort enthalten',
	dataUrlOtherSite: (p) => `Mit ?data= lassen sich nur Zeitleisten dieser Website (${p.origin}) öffnen`,
	fetchFailed: (p) => `konnte nicht abgerufen werden: ${p.detail}`,
	fetchStatus: (p) => `konnte nicht abgerufen werden: Der Server antwortete mit ${p.status}`,
	notServedAsJson: (p) =>
		p.type ? `wird als „${p.type}“ ausgeliefert, nicht als JSON` : 'wird ohne Inhaltstyp ausgeliefert, nicht als JSON',
	noBody: () => 'hat keinen Inhalt',
	unknownField: () => 'ist kein bekanntes Feld',
	missing: () => 'fehlt',
	wrongType: (p) => `muss ${WANT[p.want] ?? p.expected} sein, nicht ${p.got}`,
	invalid: (p) => `ist ungültig (${p.detail})`,
	empty: () => 'darf nicht leer sein',
	tooLong: (p, say) => `ist ${say.n(p.length)} Zeichen lang; die Grenze liegt bei ${say.n(p.limit)}`,
	badChar: (p, say) => `enthält an Zeichenposition ${say.n(p.at)} ${CHAR[p.kind]}: ${p.char}`,
	idTooLong: (p) => `ist länger als ${p.limit} Zeichen`,
	notSlug: () => 'muss ein Slug sein: Kleinbuchstaben, Ziffern und einzelne Bindestriche, etwa „rutte-dpa-interview“',
	dateShape: () => 'ist kein Datum; schreiben Sie YYYY, YYYY-MM, YYYY-MM-DD oder YYYY-MM-DDTHH:MM mit Zeitzone',
	urlTooLong: () => 'Die URL ist länger als 2000 Zeichen',
	urlNotHttp: () => 'Die URL ist nicht http(s)',
	urlUnsafeChars: () => 'Die URL enthält Leerzeichen, Steuerzeichen oder unsichtbare Zeichen',
	urlUnparsable: () => 'Die URL kann nicht gelesen werden',
	urlCredentials: () => 'Die URL darf keinen Benutzernamen und kein Passwort enthalten',
	urlNoHost: () => 'Die URL hat keinen Host',
	notLanguageTag: () => 'muss ein Sprachkürzel sein, etwa „en“ oder „de“',
	notDateValue: () => 'muss ein Datum als Text sein, {"start", "end"} oder {"notBefore", "notAfter"}',
	notSourceKind: () => 'muss eines von primary, wire, news, derivative, unreliable, unknown sein',
	notUtc: () => 'muss ein Datum mit Uhrzeit in UTC sein, etwa 2026-11-21T14:03Z',
	notSha256: () => 'muss ein SHA-256-Hashwert aus 64 Hexadezimalziffern in Kleinbuchstaben sein',
	notArchiveScope: () => 'muss „full“ oder „passages“ sein',
	notConfidenceLevel: () => 'muss „high“, „medium“ oder „low“ sein',
	notSupportKind: () => 'muss eines von event, date, attribution, quote, claim sein',
	needsSource: () => 'muss mindestens eine Quelle nennen',
	needsTwoVariants: () => 'muss mindestens zwei Varianten aufführen',
	needsSupport: () => 'muss mindestens eine Angabe nennen, die die Quelle belegt',
	tooMany: (p, say) => TOO_MANY[p.of]!.replace('{n}', say.n(p.limit)),
	duplicateId: (p) => `doppelte ID „${p.id}“ (zuerst verwendet bei ${p.first})`,
	unknownSourceId: (p) => `unbekannte Quellen-ID „${p.id}“`,
	unknownEventId: (p) => `unbekannte Ereignis-ID „${p.id}“`,
	contradictsItself: () => 'Ein Ereignis kann sich nicht selbst widersprechen',
	shaMismatch: (p) =>
		`passt nicht zum archivierten Text der Quelle „${p.source}“: Der SHA-256-Hashwert des Texts ist ${p.actual} (entweder wurde der Text nach der Archivierung geändert oder der Hashwert ist falsch)`,
	notVerbatim: (p) =>
		`von Ereignis „${p.event}“ steht nicht wörtlich im archivierten Text der Quelle „${p.source}“: „${p.quote}“ (verglichen nach Unicode-NFC-Normalisierung; Leerraum beliebiger Länge zählt als ein Leerzeichen)`,
	supportTwice: (p) => `Quelle „${p.source}“ wird zweimal aufgeführt`,
	supportLeavesOut: (p) =>
		`lässt „${p.what}“ aus, aber ${p.what === 'quote' ? 'ein Zitat' : 'eine Variante einer Behauptung'} dieses Ereignisses wird der Quelle „${p.source}“ zugeschrieben`,
	supportNamesUncredited: (p) =>
		`nennt „${p.what}“, aber ${p.what === 'quote' ? 'kein Zitat' : 'keine Variante einer Behauptung'} dieses Ereignisses wird der Quelle „${p.source}“ zugeschrieben`,
	notInEventSources: (p) => `Quelle „${p.source}“ steht nicht in der Quellenliste dieses Ereignisses`,
	derivationCycle: (p) => `derivedFrom ergibt einen Zirkelbezug: ${p.ids.join(' → ')}`,
	noSource: () => 'keine Quelle angegeben',
	noSourceCount: (p, say) =>
		`${say.n(p.count)} von ${say.n(p.total)} ${say.plural(p.total, { one: 'Ereignis', other: 'Ereignissen' })} ${say.plural(p.count, { one: 'nennt', other: 'nennen' })} keine Quelle`,
	plainHttp: () => 'verwendet unverschlüsseltes http: statt https:',
	plainHttpCount: (p, say) =>
		`${say.n(p.count)} ${p.count === 1 ? 'Quelle verwendet' : 'Quellen verwenden'} unverschlüsseltes http:`,
	futureDate: (p) => `${p.date} liegt in der Zukunft`,
	futureCount: (p, say) => `${say.n(p.count)} ${p.count === 1 ? 'Quelle ist' : 'Quellen sind'} in die Zukunft datiert`,
	dateNotDate: (p) =>
		`„${p.text}“ ist kein Datum; schreiben Sie YYYY, YYYY-MM, YYYY-MM-DD oder YYYY-MM-DDTHH:MM mit Zeitzone (Z oder +01:00)`,
	dateYearZero: () => 'Das Jahr 0000 gibt es nicht (auf 1 v. Chr. folgt 1 n. Chr.)',
	dateNoMonth: (p) => `Den Monat ${p.month} gibt es nicht (in ${p.text})`,
	dateNoDay: (p, say) => `${p.date} gibt es nicht: Der ${say.month(p.month)} ${p.year} hat ${p.days} Tage`,
	dateNoTime: (p) => `Die Uhrzeit ${p.time} gibt es nicht (in ${p.text})`,
	dateNoZone: (p) =>
		`${p.text} hat eine Uhrzeit, aber keine Zeitzone; ergänzen Sie Z für UTC oder einen Versatz wie +01:00`,
	dateBadOffset: (p) => `Den Zeitzonenversatz ${p.zone} gibt es nicht (möglich sind -14:00 bis +14:00)`,
	dateEnd: (p, say) => `${p.end}: ${say.reason(p.why)}`,
	dateBackwards: (p) =>
		p.range ? `end (${p.end}) liegt vor start (${p.start})` : `notAfter (${p.end}) liegt vor notBefore (${p.start})`
} satisfies Issues;
