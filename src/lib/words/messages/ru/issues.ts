/** Every problem a file can have, by code (see `data/issue-codes.ts`): fetched only when one is shown. */
import type { Issues } from '../en/issues';
import type { IssueSay } from '../../../data/issue-codes';
import { q } from './grammar';

const sn = (count: number, one: string, few: string, many: string, say: IssueSay) =>
	`${say.n(count)} ${say.plural(count, { one, few, many, other: few })}`;
const named = (headline: string) => (headline ? ` ${q(headline)}` : '');
/** Months in the prepositional case: «в феврале 2025 года». */
const IN_MONTH = [
	'январе',
	'феврале',
	'марте',
	'апреле',
	'мае',
	'июне',
	'июле',
	'августе',
	'сентябре',
	'октябре',
	'ноябре',
	'декабре'
];
const WANT: Record<string, string> = {
	text: 'текстом',
	list: 'списком',
	object: 'объектом',
	oneOf: 'одним из допустимых значений',
	number: 'числом'
};
/** What was there instead, in the instrumental: «должен быть объектом, а не списком». */
const GOT: Record<string, string> = {
	list: 'списком',
	null: 'null',
	string: 'текстом',
	number: 'числом',
	boolean: 'логическим значением',
	undefined: 'пустым значением',
	other: 'чем-то другим'
};
const TOO_MANY: Record<string, string> = {
	actors: 'называет больше {n} участников',
	tags: 'содержит больше {n} тегов',
	quotes: 'содержит больше {n} цитат',
	eventSources: 'называет больше {n} источников',
	supportSources: 'перечисляет больше {n} источников',
	sources: 'содержит больше {n} источников',
	eras: 'содержит больше {n} периодов',
	events: 'содержит больше {n} событий'
};
const CHAR: Record<string, string> = {
	surrogate: 'половину символа (одиночный суррогат)',
	noncharacter: 'несимвол',
	control: 'управляющий символ'
};
const RANGE: Record<string, string> = {
	month: '— не месяц (от 1 до 12)',
	day: '— не день месяца (от 1 до 31)',
	hour: '— не час (от 0 до 23)',
	minute: '— не минута (от 0 до 59)',
	second: '— не секунда (от 0 до 59)',
	millisecond: '— не миллисекунда (от 0 до 999)'
};
const DROPPED: Record<string, string> = {
	dayWithoutMonth: 'день (нет месяца)',
	timeWithoutDay: 'время (нет дня)',
	minutesWithoutHour: 'время (минуты без часа)',
	milliseconds: 'миллисекунды (даты Sourceline точны до секунды)'
};
const TITLE_FROM: Record<string, string> = {
	display: 'заголовком стала отображаемая дата',
	text: 'заголовком стали первые слова текста',
	start: 'заголовком стала дата'
};

export default {
	fileTooBig: (p, say) => `размер — ${say.mb(p.size)} МБ, а предел — ${say.mb(p.limit)} МБ`,
	tooBigWhileReading: (p, say) => `больше предела в ${say.mb(p.limit)} МБ (чтение остановлено на ${say.mb(p.size)} МБ)`,
	notJson: (p) => `не является корректным JSON: ${p.detail}`,
	notText: (p) => `не является корректным текстом ${p.encoding}; сохраните файл в UTF-8 и откройте снова`,
	unreadable: (p) => `не удалось прочитать: ${p.detail || 'браузер не смог его прочитать'}`,
	noWorker: () => 'не удалось прочитать: этот браузер не запускает конвертер (Web Worker)',
	notTimelineObject: (p) =>
		`должен быть объектом JSON с описанием хронологии (с полями ${q('id')}, ${q('title')}, ${q('language')}, ${q('sources')} и ${q('events')}), а не ${GOT[p.got]}`,
	moreErrors: (p, say) => `и ещё ${sn(p.count, 'ошибка не показана', 'ошибки не показаны', 'ошибок не показано', say)}`,
	csvTooBig: (p, say) => `размер — ${say.mb(p.size)} МБ, а предел — ${say.n(p.limit / 1024 / 1024)} МБ`,
	csvTooManyColumns: (p, say) =>
		`содержит ${sn(p.count, 'столбец', 'столбца', 'столбцов', say)}; предел — ${say.n(p.limit)}`,
	csvNoHeader: () => 'нет строки заголовков: в первой строке должны быть названия столбцов',
	csvBlankHeader: (p) => `у столбца ${p.column} нет заголовка`,
	csvDuplicateHeader: (p) => `столбец ${q(p.header)} встречается дважды (столбцы ${p.first} и ${p.second})`,
	csvTooManyRows: (p, say) => `содержит больше ${say.n(p.limit)} строк`,
	csvTooManyCells: (p, say) =>
		`содержит ${sn(p.cells, 'ячейку', 'ячейки', 'ячеек', say)}, но заголовок есть только у ${sn(p.columns, 'столбца', 'столбцов', 'столбцов', say)}`,
	unknownColumns: (p) =>
		`не содержит ни столбцов Sourceline (Date, Title…), ни столбцов TimelineJS (Year, Headline…); его столбцы: ${p.columns}`,
	csvSameColumn: (p) => `это тот же столбец, что и ${q(p.other)}: оставьте только один`,
	csvUnknownColumn: (p) =>
		`неизвестный столбец${p.near ? ` (возможно, вы имели в виду ${q(p.near)}?)` : ''}; известные столбцы: ${p.columns}. Столбец, название которого начинается с ${q('#')} или ${q('Note')}, отводится для ваших заметок`,
	csvNotesColumns: (p, say) =>
		`${p.columns.length > 1 ? 'столбцы' : 'столбец'} ${say.list(p.columns.map(q))} не ${p.columns.length > 1 ? 'входят' : 'входит'} в хронологию: столбец, название которого начинается с ${q('#')} или ${q('Note')}, предназначен для заметок автора`,
	csvSpreadsheetDate: (p) =>
		`${q(p.text)} похоже на собственный формат даты электронной таблицы, где день и месяц можно перепутать: пишите YYYY-MM-DD (2025-03-05); чтобы таблица не меняла значение, задайте столбцу текстовый формат`,
	csvConflict: (p) => {
		const what = {
			source: `того же источника (${q(p.source)})`,
			timeline: 'хронологии',
			event: `события ${q(p.event)}`,
			support: `того, что источник ${q(p.source)} подтверждает в событии ${q(p.event)}`
		}[p.of];
		return `здесь ${q(p.value)}, но строка ${p.row} уже задаёт ${q(p.earlier)} для ${what}: в строке-дополнении оставьте эту ячейку пустой или повторите то же значение`;
	},
	csvIdMade: (p) =>
		`нет ID, поэтому идентификатор события составлен из его заголовка: ${q(p.id)}. Впишите ${p.id} в столбец ID, чтобы ссылки на событие не менялись при изменении заголовка`,
	csvStraySourceCell: () => 'относится к источнику, но в этой строке нет ни Source URL, ни Source ID',
	csvSupportNoSource: () => 'указывает, что подтверждает источник, но в этой строке нет ни Source URL, ни Source ID',
	csvSupportNoEvent: () => 'стоит в строке, которая не относится ни к одному событию: впишите ID события в столбец ID',
	csvNoEvent: () =>
		'стоит в строке, которая не относится ни к одному событию: впишите ID события в столбец ID (строка без ID и без Title не добавляется ни к одному событию)',
	csvQuoteNoSource: () => 'нет источника: укажите в той же строке Source URL (или Source ID) источника цитаты',
	csvStrayQuoteCell: () => 'относится к цитате, но ячейка Quote в этой строке пуста',
	csvClaimEmpty: () => 'пусто: укажите, к чему относится Claim value',
	csvClaimValueEmpty: (p) => `пусто: укажите, что источник этой строки говорит о ${q(p.claim)}`,
	csvClaimNoSource: () =>
		'нет источника: укажите в той же строке Source URL (или Source ID) источника, который это утверждает',
	csvTimelineAssumed: (p, say) => {
		const names: string[] = [];
		const whats: string[] = [];
		if (p.id !== null) {
			names.push('Timeline ID');
			whats.push(`идентификатор ${q(p.id)} (из имени файла)`);
		}
		if (p.title !== null) {
			names.push('Timeline title');
			whats.push(`заголовок ${q(p.title)} (имя файла)`);
		}
		if (p.language !== null) {
			names.push('Timeline language');
			whats.push(`язык ${q(p.language)}`);
		}
		const many = names.length > 1;
		return `ни одна строка не задаёт ${say.list(names)}: для хронологии ${many ? 'приняты' : 'принят'} ${say.list(whats)}; добавьте ${many ? 'столбцы' : 'столбец'}, чтобы задать ${many ? 'их' : 'значение'}`;
	},
	csvKindAssumed: (p) =>
		`пусто для источника ${q(p.source)}: его тип — ${q('unknown')} (впишите primary, wire, news, derivative или unreliable)`,
	csvUnknownDerivedFrom: (p) =>
		`${q(p.value)} не является ни Source URL, ни Source ID какого-либо источника в этом файле`,
	csvScopeAssumed: (p) =>
		`пусто для источника ${q(p.source)}: его Archived text считается ${q('passages')} (впишите ${q('full')}, если это вся страница)`,
	csvDateMix: () =>
		'не сочетается с Date или End date: укажите либо Date (и End date для диапазона дат), либо Not before и Not after для неточной даты',
	csvNeedsNotBefore: () => 'нужно значение Not before: неточная дата — это промежуток между двумя границами',
	csvNeedsNotAfter: () => 'нужно значение Not after: неточная дата — это промежуток между двумя границами',
	csvEndWithoutDate: () => 'нужно значение Date — начало диапазона дат',
	csvQuoteLanguageAssumed: (p) =>
		`пусто: считается, что цитата на языке ${q(p.language)} (язык ${p.from === 'source' ? 'источника' : 'хронологии'})`,
	tjsNotTemplate: (p) => `нет столбца ${p.missing.join(' или ')}: это не шаблон TimelineJS`,
	tjsColumnsNotRead: (p) => `столбцы не прочитаны (в шаблоне TimelineJS таких нет): ${p.columns.join(', ')}`,
	tjsSecondTitle: (p, say) =>
		`${say.slide(p.slide)}: вторая титульная строка прочитана как событие (TimelineJS поступает так же)`,
	tjsUnknownType: (p, say) => `${say.slide(p.slide)}: Type ${q(p.type)} — не title и не era; читается как событие`,
	tjsNotWholeNumber: (p) => `${p.json ? p.value : q(p.value)} — не целое число`,
	tjsNotTime: (p) => `${q(p.value)} — не время вида 14:30 или 2:30 PM`,
	tjsOrphanEndParts: (p, say) =>
		`${say.slide({ row: p.row })}: ${p.columns.join(', ')} без End Year; не учитывается (как и в TimelineJS)`,
	tjsNotObject: () => 'не является хронологией TimelineJS: файл должен быть объектом JSON',
	tjsVersion2: () => 'в формате TimelineJS 2 ({"timeline": …}); Sourceline читает файлы TimelineJS 3 ({"events": […]})',
	tjsNoEvents: () => `нет списка ${q('events')}: это не хронология TimelineJS`,
	tjsScale: (p) => `шкала ${q(p.scale)} не поддерживается: Sourceline показывает годы с 1 по 9999`,
	tjsMustBeList: () => 'должно быть списком',
	tjsNotSlide: () => 'должно быть объектом (слайдом)',
	tjsEndNoYear: (p, say) =>
		`${say.slide(p.slide)}: у end_date нет года; дата окончания не учитывается (TimelineJS её тоже не учитывает)`,
	tjsMustBeText: () => 'должно быть текстом',
	tjsMustBeObject: () => 'должно быть объектом',
	tjsHtmlTooDeep: (p) =>
		`вложенность HTML превышает ${p.limit} уровней; это ограничение не даёт вредоносному файлу подвесить страницу`,
	tjsOutOfRange: (p) => `${p.value} ${RANGE[p.part]}`,
	tjsLanguageAssumed: () =>
		`в файлах TimelineJS не указан язык: текст считается английским (${q('en')}); измените \`language\`, если это не так`,
	tjsMediaAsLinks: (p, say) =>
		`изображения, видео, карты и публикации (${say.n(p.count)}) сохранены как ссылки, без встраивания`,
	tjsNoTitleSlide: (p) => `нет титульного слайда: заголовком стало имя файла ${q(p.name)}`,
	tjsTitleNoHeadline: (p) => `у титульного слайда нет заголовка: заголовком стало имя файла ${q(p.name)}`,
	tjsTitleMedia: () => 'медиа титульного слайда не сохранены: у самой хронологии медиа не бывает',
	tjsUniqueIdTwice: (p, say) =>
		`${say.slide(p.slide)}: unique_id ${q(p.id)} использован дважды; это событие получает другой идентификатор`,
	tjsNoStartYear: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)}: нет года начала; событие пропущено (TimelineJS его тоже пропускает)`,
	tjsUndrawable: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)}: год ${p.year}, а Sourceline показывает годы с 1 по 9999; событие пропущено`,
	tjsPartsDropped: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)}: из ${p.end ? 'даты окончания' : 'даты'} удалено: ${say.list(p.dropped.map((d) => DROPPED[d]!))}`,
	tjsNoHeadline: (p, say) => `${say.slide(p.slide)}: нет заголовка; ${TITLE_FROM[p.from]}: ${q(p.title)}`,
	tjsUniqueIdNotSlug: (p, say) =>
		`${say.slide(p.slide)}: unique_id ${q(p.given)} не в формате slug; идентификатор события — ${q(p.id)}`,
	tjsMoreEmbeds: (p, say) =>
		`${say.slide(p.slide)}: удалено ещё ${sn(p.count, 'встроенный адрес', 'встроенных адреса', 'встроенных адресов', say)} в Media (у события остаётся один)`,
	tjsNoScheme: (p, say) => `${say.slide(p.slide)}: у адреса Media ${q(p.url)} нет схемы; прочитан как https:`,
	tjsQuoteInSummary: (p, say) =>
		`${say.slide(p.slide)}: цитата оставлена в описании: ${p.why === 'noSource' ? 'нет источника, к которому её отнести' : 'не указано, кто это сказал'}`,
	tjsLinksLeftOut: (p, say) =>
		`${say.slide(p.slide)}: адреса ссылок убраны из текста, иначе он был бы длиннее ${say.n(p.limit)} символов`,
	tjsEraNoDate: (p, say) =>
		`${say.slide(p.slide)}: у периода${named(p.headline)} нет даты ${p.missing === 'start' ? 'начала' : 'окончания'}: периоду нужны обе; пропущен`,
	tjsEraUndrawable: (p, say) =>
		`${say.slide(p.slide)}: период${named(p.headline)} датирован годом ${p.year}: Sourceline показывает годы с 1 по 9999; пропущен`,
	tjsEraBadDates: (p, say) => `${say.slide(p.slide)}: период${named(p.headline)}: ${say.reason(p.why)}; пропущен`,
	tjsEraNoHeadline: (p, say) => `${say.slide(p.slide)}: у периода нет заголовка; заголовком стали его даты`,
	tjsUnknownFields: (p, say) =>
		`не ${p.count === 1 ? 'прочитано' : 'прочитаны'} ${sn(p.count, 'поле', 'поля', 'полей', say)}, которых нет в TimelineJS: ${say.listed(p)}`,
	tjsUtcTimes: (p, say) =>
		`время в TimelineJS указано без часового пояса: ${sn(p.count, 'значение', 'значения', 'значений', say)} ${p.end ? 'времени окончания' : 'времени'} ${p.count === 1 ? 'прочитано' : 'прочитаны'} как UTC: ${say.listed(p)}`,
	tjsIdsMade: (p, say) =>
		`у ${sn(p.count, 'события', 'событий', 'событий', say)} не было идентификатора: ${p.count === 1 ? 'он составлен из заголовка и записан в файл, чтобы больше не менялся' : 'они составлены из заголовков и записаны в файл, чтобы больше не менялись'}: ${say.listed(p)}`,
	tjsThumbnails: (p, say) =>
		`${sn(p.count, 'миниатюра медиа удалена', 'миниатюры медиа удалены', 'миниатюр медиа удалены', say)} (хронология не показывает миниатюры): ${say.listed(p)}`,
	tjsMediaTitles: (p, say) =>
		`${sn(p.count, 'название медиа удалено', 'названия медиа удалены', 'названий медиа удалены', say)}: ${say.listed(p)}`,
	tjsFrames: (p, say) =>
		`${sn(p.count, 'встроенный фрейм сохранён', 'встроенных фрейма сохранены', 'встроенных фреймов сохранены', say)} ${p.count === 1 ? 'как ссылка на свой адрес' : 'как ссылки на свои адреса'}: ${say.listed(p)}`,
	tjsAltDropped: (p, say) =>
		`${sn(p.count, 'альтернативный текст удалён', 'альтернативных текста удалены', 'альтернативных текстов удалены', say)}: ${p.count === 1 ? 'изображения к нему нет' : 'изображений к ним нет'}: ${say.listed(p)}`,
	tjsMediaLinks: (p, say) =>
		`${sn(p.count, 'ссылка перехода у медиа удалена', 'ссылки перехода у медиа удалены', 'ссылок перехода у медиа удалены', say)}: ${say.listed(p)}`,
	tjsQuoteLinks: (p, say) =>
		`ссылки внутри цитируемого текста не становятся источниками (${sn(p.count, 'цитата', 'цитаты', 'цитат', say)}): ${say.listed(p)}`,
	tjsBadLinks: (p, say) =>
		`${sn(p.count, 'ссылка — не адрес http(s) — удалена', 'ссылки — не адреса http(s) — удалены', 'ссылок — не адреса http(s) — удалены', say)}: ${say.listed(p)}`,
	tjsBackgrounds: (p, say) =>
		`${sn(p.count, 'фон слайда удалён', 'фона слайдов удалены', 'фонов слайдов удалены', say)} (Sourceline не показывает фоны): ${say.listed(p)}`,
	dataUrlTooLong: () => 'URL данных длиннее 2000 символов',
	dataUrlUnparsable: () => 'URL данных не удаётся разобрать',
	dataUrlNotHttp: () => 'URL данных — не http(s)',
	dataUrlCredentials: () => 'URL данных не должен содержать имени пользователя или пароля',
	dataUrlOtherSite: (p) => `через ?data= можно открыть только хронологии с этого сайта (${p.origin})`,
	fetchFailed: (p) => `не удалось загрузить: ${p.detail}`,
	fetchStatus: (p) => `не удалось загрузить: сервер ответил ${p.status}`,
	notServedAsJson: (p) => `отдаётся как ${q(p.type || 'без типа содержимого')}, а не как JSON`,
	noBody: () => 'не содержит данных',
	unknownField: () => 'неизвестное поле',
	missing: () => 'отсутствует',
	wrongType: (p) => `должно быть ${WANT[p.want] ?? p.expected}, а не ${p.got}`,
	invalid: (p) => `некорректно (${p.detail})`,
	empty: () => 'не должно быть пустым',
	tooLong: (p, say) => `длина — ${sn(p.length, 'символ', 'символа', 'символов', say)}, а предел — ${say.n(p.limit)}`,
	badChar: (p) => `содержит ${CHAR[p.kind]}, ${p.char}, в позиции ${p.at}`,
	idTooLong: (p) => `длиннее ${p.limit} символов`,
	notSlug: () =>
		`должно быть в формате slug: строчные латинские буквы, цифры и одиночные дефисы, например ${q('rutte-dpa-interview')}`,
	dateShape: () => 'не является датой; пишите YYYY, YYYY-MM, YYYY-MM-DD или YYYY-MM-DDTHH:MM с часовым поясом',
	urlTooLong: () => 'URL длиннее 2000 символов',
	urlNotHttp: () => 'URL — не http(s)',
	urlUnsafeChars: () => 'URL содержит пробелы, управляющие или невидимые символы',
	urlUnparsable: () => 'URL не удаётся разобрать',
	urlCredentials: () => 'URL не должен содержать имени пользователя или пароля',
	urlNoHost: () => 'в URL нет хоста',
	notLanguageTag: () => `должно быть кодом языка, например ${q('en')} или ${q('de')}`,
	notDateValue: () => 'должно быть датой в виде текста, {"start", "end"} или {"notBefore", "notAfter"}',
	notSourceKind: () => 'должно быть одним из значений primary, wire, news, derivative, unreliable, unknown',
	notUtc: () => 'должно быть датой и временем в UTC, например 2026-11-21T14:03Z',
	notSha256: () => 'должно быть хешем SHA-256 из 64 строчных шестнадцатеричных цифр',
	notArchiveScope: () => `должно быть ${q('full')} или ${q('passages')}`,
	notConfidenceLevel: () => `должно быть ${q('high')}, ${q('medium')} или ${q('low')}`,
	notSupportKind: () => 'должно быть одним из значений event, date, attribution, quote, claim',
	needsSource: () => 'должно называть хотя бы один источник',
	needsTwoVariants: () => 'должно перечислять хотя бы два варианта',
	needsSupport: () => 'должно указывать хотя бы одно, что именно подтверждает источник',
	tooMany: (p, say) => TOO_MANY[p.of]!.replace('{n}', say.n(p.limit)),
	duplicateId: (p) => `повторяющийся идентификатор ${q(p.id)} (впервые использован в ${p.first})`,
	unknownSourceId: (p) => `неизвестный идентификатор источника ${q(p.id)}`,
	unknownEventId: (p) => `неизвестный идентификатор события ${q(p.id)}`,
	contradictsItself: () => 'событие не может противоречить самому себе',
	shaMismatch: (p) =>
		`не совпадает с архивным текстом источника ${q(p.source)}: SHA-256 текста — ${p.actual} (текст изменили после архивирования либо хеш указан неверно)`,
	notVerbatim: (p) =>
		`цитата события ${q(p.event)} не встречается дословно в архивном тексте источника ${q(p.source)}: ${q(p.quote)} (сравнение после нормализации Unicode NFC, любая последовательность пробельных символов считается одним пробелом)`,
	supportTwice: (p) => `источник ${q(p.source)} указан дважды`,
	supportLeavesOut: (p) =>
		`не включает ${q(p.what)}, хотя ${p.what === 'quote' ? 'цитата' : 'вариант утверждения'} этого события ${p.what === 'quote' ? 'отнесена' : 'отнесён'} к источнику ${q(p.source)}`,
	supportNamesUncredited: (p) =>
		`называет ${q(p.what)}, хотя ни ${p.what === 'quote' ? 'одна цитата' : 'один вариант утверждения'} этого события не ${p.what === 'quote' ? 'отнесена' : 'отнесён'} к источнику ${q(p.source)}`,
	notInEventSources: (p) => `источника ${q(p.source)} нет в списке источников этого события`,
	derivationCycle: (p) => `derivedFrom образует цикл: ${p.ids.join(' → ')}`,
	noSource: () => 'источник не указан',
	noSourceCount: (p, say) =>
		`у ${say.n(p.count)} из ${sn(p.total, 'события', 'событий', 'событий', say)} не указан источник`,
	plainHttp: () => 'использует простой http:, а не https:',
	plainHttpCount: (p, say) =>
		`${sn(p.count, 'источник использует', 'источника используют', 'источников используют', say)} простой http:`,
	futureDate: (p) => `${p.date} — дата в будущем`,
	futureCount: (p, say) =>
		`${sn(p.count, 'источник датирован', 'источника датированы', 'источников датированы', say)} будущим числом`,
	dateNotDate: (p) =>
		`${q(p.text)} — не дата; пишите YYYY, YYYY-MM, YYYY-MM-DD или YYYY-MM-DDTHH:MM с часовым поясом (Z или +01:00)`,
	dateYearZero: () => 'года 0000 не существует (за 1 годом до н. э. следует 1 год н. э.)',
	dateNoMonth: (p) => `месяца ${p.month} не существует (в ${p.text})`,
	dateNoDay: (p) =>
		`${p.date} не существует: в ${IN_MONTH[p.month - 1]} ${p.year} года ${p.days} ${p.days === 31 ? 'день' : 'дней'}`,
	dateNoTime: (p) => `времени ${p.time} не существует (в ${p.text})`,
	dateNoZone: (p) => `у ${p.text} есть время, но нет часового пояса; добавьте Z для UTC или смещение, например +01:00`,
	dateBadOffset: (p) => `смещения ${p.zone} не существует (смещения бывают от -14:00 до +14:00)`,
	dateEnd: (p, say) => `${p.end}: ${say.reason(p.why)}`,
	dateBackwards: (p) =>
		p.range ? `end (${p.end}) раньше, чем start (${p.start})` : `notAfter (${p.end}) раньше, чем notBefore (${p.start})`
} satisfies Issues;
