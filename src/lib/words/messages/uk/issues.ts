/** Every problem a file can have, by code (see `data/issue-codes.ts`): fetched only when one is shown. */
import type { Issues } from '../en/issues';
import type { IssueSay } from '../../../data/issue-codes';
import { q } from './grammar';

const sn = (count: number, one: string, few: string, many: string, say: IssueSay) =>
	`${say.n(count)} ${say.plural(count, { one, few, many, other: few })}`;
const named = (headline: string) => (headline ? ` ${q(headline)}` : '');
/** Months in the locative case: «у лютому 2025 року». */
const IN_MONTH = [
	'січні',
	'лютому',
	'березні',
	'квітні',
	'травні',
	'червні',
	'липні',
	'серпні',
	'вересні',
	'жовтні',
	'листопаді',
	'грудні'
];
const WANT: Record<string, string> = {
	text: 'текстом',
	list: 'списком',
	object: 'об’єктом',
	oneOf: 'одним із допустимих значень',
	number: 'числом'
};
const GOT: Record<string, string> = {
	list: 'список',
	null: 'null',
	string: 'текст',
	number: 'число',
	boolean: 'логічне значення',
	undefined: 'порожнє значення',
	other: 'щось інше'
};
const TOO_MANY: Record<string, string> = {
	actors: 'називає понад {n} учасників',
	tags: 'містить понад {n} тегів',
	quotes: 'містить понад {n} цитат',
	eventSources: 'називає понад {n} джерел',
	supportSources: 'перелічує понад {n} джерел',
	sources: 'містить понад {n} джерел',
	eras: 'містить понад {n} періодів',
	events: 'містить понад {n} подій'
};
const CHAR: Record<string, string> = {
	surrogate: 'половину символу (одиночний сурогат)',
	noncharacter: 'несимвол',
	control: 'керівний символ'
};
const RANGE: Record<string, string> = {
	month: '— не місяць (від 1 до 12)',
	day: '— не день місяця (від 1 до 31)',
	hour: '— не година (від 0 до 23)',
	minute: '— не хвилина (від 0 до 59)',
	second: '— не секунда (від 0 до 59)',
	millisecond: '— не мілісекунда (від 0 до 999)'
};
const DROPPED: Record<string, string> = {
	dayWithoutMonth: 'день (немає місяця)',
	timeWithoutDay: 'час (немає дня)',
	minutesWithoutHour: 'час (хвилини без години)',
	milliseconds: 'мілісекунди (дати Sourceline точні до секунди)'
};
const TITLE_FROM: Record<string, string> = {
	display: 'заголовком стала його дата для показу',
	text: 'заголовком стали перші слова його тексту',
	start: 'заголовком стала його дата'
};

export default {
	fileTooBig: (p, say) => `має розмір ${say.mb(p.size)} МБ; межа — ${say.mb(p.limit)} МБ`,
	tooBigWhileReading: (p, say) => `перевищує межу в ${say.mb(p.limit)} МБ (читання зупинено на ${say.mb(p.size)} МБ)`,
	notJson: (p) => `не є коректним JSON: ${p.detail}`,
	notText: (p) => `не є коректним текстом ${p.encoding}; збережіть файл у UTF-8 і відкрийте знову`,
	unreadable: (p) => `не вдалося прочитати: ${p.detail || 'браузер не зміг його прочитати'}`,
	noWorker: () => 'не вдалося прочитати: браузер не зміг запустити конвертер (Web Worker)',
	notTimelineObject: (p) =>
		`має бути об’єктом JSON з описом хронології (з полями ${q('id')}, ${q('title')}, ${q('language')}, ${q('sources')} і ${q('events')}), а не ${GOT[p.got]}`,
	moreErrors: (p, say) =>
		`і ще ${sn(p.count, 'помилка не показана', 'помилки не показані', 'помилок не показано', say)}`,
	csvTooBig: (p, say) => `має розмір ${say.mb(p.size)} МБ; межа — ${say.n(p.limit / 1024 / 1024)} МБ`,
	csvTooManyColumns: (p, say) =>
		`містить ${sn(p.count, 'стовпець', 'стовпці', 'стовпців', say)}; межа — ${say.n(p.limit)}`,
	csvNoHeader: () => 'не має рядка заголовків: перший рядок має називати стовпці',
	csvBlankHeader: (p) => `стовпець ${p.column} не має заголовка`,
	csvDuplicateHeader: (p) => `стовпець ${q(p.header)} трапляється двічі (стовпці ${p.first} і ${p.second})`,
	csvTooManyRows: (p, say) => `містить понад ${say.n(p.limit)} рядків`,
	csvTooManyCells: (p, say) =>
		`містить ${sn(p.cells, 'клітинку', 'клітинки', 'клітинок', say)}, але заголовки є лише в ${sn(p.columns, 'стовпці', 'стовпцях', 'стовпцях', say)}`,
	unknownColumns: (p) =>
		`не містить ні стовпців Sourceline (Date, Title…), ні стовпців TimelineJS (Year, Headline…); його стовпці: ${p.columns}`,
	csvSameColumn: (p) => `це той самий стовпець, що й ${q(p.other)}: залиште лише один`,
	csvUnknownColumn: (p) =>
		`невідомий стовпець${p.near ? ` (можливо, ви мали на увазі ${q(p.near)}?)` : ''}; допустимі стовпці: ${p.columns}. Стовпці, назва яких починається з ${q('#')} або ${q('Note')}, можна використовувати для власних нотаток`,
	csvNotesColumns: (p, say) =>
		`${p.columns.length > 1 ? 'стовпці' : 'стовпець'} ${say.list(p.columns.map(q))} не ${p.columns.length > 1 ? 'входять' : 'входить'} до хронології: стовпець, назва якого починається з ${q('#')} або ${q('Note')}, призначено для нотаток автора`,
	csvSpreadsheetDate: (p) =>
		`${q(p.text)} схоже на власний формат дати електронної таблиці, де день і місяць можна переплутати: пишіть YYYY-MM-DD (2025-03-05); щоб таблиця не змінювала значення, задайте стовпцю текстовий формат`,
	csvConflict: (p) => {
		const what = {
			source: `того самого джерела (${q(p.source)})`,
			timeline: 'хронології',
			event: `події ${q(p.event)}`,
			support: `того, що джерело ${q(p.source)} підтверджує в події ${q(p.event)}`
		}[p.of];
		return `тут ${q(p.value)}, але в рядку ${p.row} для ${what} вказано ${q(p.earlier)}: рядок, який доповнює дані, має лишати цю клітинку порожньою або повторювати те саме значення`;
	},
	csvIdMade: (p) =>
		`немає ID, тому ідентифікатор події утворено з її заголовка: ${q(p.id)}. Впишіть ${p.id} у стовпець ID, щоб посилання на подію не змінювалися, якщо зміниться заголовок`,
	csvStraySourceCell: () => 'стосується джерела, але в цьому рядку немає ні Source URL, ні Source ID',
	csvSupportNoSource: () => 'вказує, що підтверджує джерело, але в цьому рядку немає ні Source URL, ні Source ID',
	csvSupportNoEvent: () => 'стоїть у рядку, що не належить до жодної події: впишіть ID події в стовпець ID',
	csvNoEvent: () =>
		'стоїть у рядку, що не належить до жодної події: впишіть ID події в стовпець ID (рядок без ID і без Title не додається до жодної події)',
	csvQuoteNoSource: () => 'немає джерела: вкажіть у тому самому рядку Source URL (або Source ID) джерела цитати',
	csvStrayQuoteCell: () => 'стосується цитати, але клітинка Quote у цьому рядку порожня',
	csvClaimEmpty: () => 'порожньо: вкажіть, чого стосується Claim value',
	csvClaimValueEmpty: (p) => `порожньо: вкажіть, що джерело цього рядка каже про ${q(p.claim)}`,
	csvClaimNoSource: () =>
		'немає джерела: вкажіть у тому самому рядку Source URL (або Source ID) джерела, яке це стверджує',
	csvTimelineAssumed: (p, say) => {
		const names: string[] = [];
		const whats: string[] = [];
		if (p.id !== null) {
			names.push('Timeline ID');
			whats.push(`ідентифікатор ${q(p.id)} (з назви файлу)`);
		}
		if (p.title !== null) {
			names.push('Timeline title');
			whats.push(`заголовок ${q(p.title)} (назва файлу)`);
		}
		if (p.language !== null) {
			names.push('Timeline language');
			whats.push(`мову ${q(p.language)}`);
		}
		const many = names.length > 1;
		return `жоден рядок не задає ${say.list(names)}: для хронології прийнято ${say.list(whats)}; додайте ${many ? 'стовпці' : 'стовпець'}, щоб задати ${many ? 'їх' : 'значення'}`;
	},
	csvKindAssumed: (p) =>
		`порожньо для джерела ${q(p.source)}: його тип — ${q('unknown')} (впишіть primary, wire, news, derivative або unreliable)`,
	csvUnknownDerivedFrom: (p) => `${q(p.value)} не є ні Source URL, ні Source ID жодного джерела в цьому файлі`,
	csvScopeAssumed: (p) =>
		`порожньо для джерела ${q(p.source)}: його Archived text вважається ${q('passages')} (впишіть ${q('full')}, якщо це вся сторінка)`,
	csvDateMix: () =>
		'не поєднується з Date або End date: вкажіть або Date (з End date для проміжку часу), або Not before і Not after для неточної дати',
	csvNeedsNotBefore: () => 'потрібне значення Not before: неточна дата — це проміжок між двома межами',
	csvNeedsNotAfter: () => 'потрібне значення Not after: неточна дата — це проміжок між двома межами',
	csvEndWithoutDate: () => 'потрібна Date: початок проміжку часу',
	csvQuoteLanguageAssumed: (p) =>
		`порожньо: цитата вважається написаною мовою ${q(p.language)} (це мова ${p.from === 'source' ? 'джерела' : 'хронології'})`,
	tjsNotTemplate: (p) => `немає стовпця ${p.missing.join(' або ')}: це не шаблон TimelineJS`,
	tjsColumnsNotRead: (p) => `стовпці не прочитано (у шаблоні TimelineJS таких немає): ${p.columns.join(', ')}`,
	tjsSecondTitle: (p, say) =>
		`${say.slide(p.slide)}: другий титульний рядок; прочитано як подію (TimelineJS робить так само)`,
	tjsUnknownType: (p, say) => `${say.slide(p.slide)}: Type ${q(p.type)} — не title і не era; прочитано як подію`,
	tjsNotWholeNumber: (p) => `${p.json ? p.value : q(p.value)} — не ціле число`,
	tjsNotTime: (p) => `${q(p.value)} — не час на кшталт 14:30 або 2:30 PM`,
	tjsOrphanEndParts: (p, say) =>
		`${say.slide({ row: p.row })}: ${p.columns.join(', ')} без End Year; не враховано (як у TimelineJS)`,
	tjsNotObject: () => 'не є хронологією TimelineJS: файл має бути об’єктом JSON',
	tjsVersion2: () => 'у форматі TimelineJS 2 ({"timeline": …}); Sourceline читає файли TimelineJS 3 ({"events": […]})',
	tjsNoEvents: () => `немає списку ${q('events')}: це не хронологія TimelineJS`,
	tjsScale: (p) => `шкалу ${q(p.scale)} не прочитано: Sourceline показує роки від 1 до 9999`,
	tjsMustBeList: () => 'має бути списком',
	tjsNotSlide: () => 'має бути об’єктом (слайдом)',
	tjsEndNoYear: (p, say) =>
		`${say.slide(p.slide)}: у end_date немає року; не враховано (TimelineJS теж його не враховує)`,
	tjsMustBeText: () => 'має бути текстом',
	tjsMustBeObject: () => 'має бути об’єктом',
	tjsHtmlTooDeep: (p) =>
		`має вкладеність HTML понад ${p.limit} рівнів; ця межа не дає зловмисному файлу заблокувати сторінку`,
	tjsOutOfRange: (p) => `${p.value} ${RANGE[p.part]}`,
	tjsLanguageAssumed: () =>
		`у файлах TimelineJS не зазначено мову: текст вважається англійським (${q('en')}); змініть \`language\`, якщо це не так`,
	tjsMediaAsLinks: (p, say) =>
		`${sn(p.count, 'зображення, відео, карту чи допис збережено', 'зображення, відео, карти чи дописи збережено', 'зображень, відео, карт чи дописів збережено', say)} як посилання, без вбудовування`,
	tjsNoTitleSlide: (p) => `немає титульного слайда: заголовком стала назва файлу ${q(p.name)}`,
	tjsTitleNoHeadline: (p) => `титульний слайд не має заголовка: заголовком стала назва файлу ${q(p.name)}`,
	tjsTitleMedia: () => 'медіа титульного слайда не збережено: хронологія загалом не має власних медіа',
	tjsUniqueIdTwice: (p, say) =>
		`${say.slide(p.slide)}: unique_id ${q(p.id)} використано двічі; цій події надано інший ідентифікатор`,
	tjsNoStartYear: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)}: немає року початку; пропущено (TimelineJS теж пропускає)`,
	tjsUndrawable: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)} датовано роком ${p.year}: Sourceline показує роки від 1 до 9999; пропущено`,
	tjsPartsDropped: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)}: з ${p.end ? 'дати завершення' : 'дати'} вилучено: ${say.list(p.dropped.map((d) => DROPPED[d]!))}`,
	tjsNoHeadline: (p, say) => `${say.slide(p.slide)}: немає заголовка; ${TITLE_FROM[p.from]}: ${q(p.title)}`,
	tjsUniqueIdNotSlug: (p, say) =>
		`${say.slide(p.slide)}: unique_id ${q(p.given)} — не slug; ідентифікатор події — ${q(p.id)}`,
	tjsMoreEmbeds: (p, say) =>
		`${say.slide(p.slide)}: вилучено ще ${sn(p.count, 'вбудовану адресу', 'вбудовані адреси', 'вбудованих адрес', say)} у Media (подія зберігає одну)`,
	tjsNoScheme: (p, say) => `${say.slide(p.slide)}: адреса Media ${q(p.url)} не має схеми; прочитано як https:`,
	tjsQuoteInSummary: (p, say) =>
		`${say.slide(p.slide)}: цитату залишено в описі: ${p.why === 'noSource' ? 'немає джерела, до якого її віднести' : 'не вказано, хто це сказав'}`,
	tjsLinksLeftOut: (p, say) =>
		`${say.slide(p.slide)}: адреси посилань прибрано з тексту, інакше він був би довшим за ${say.n(p.limit)} символів`,
	tjsEraNoDate: (p, say) =>
		`${say.slide(p.slide)}: період${named(p.headline)} не має дати ${p.missing === 'start' ? 'початку' : 'завершення'}: періоду потрібні обидві; пропущено`,
	tjsEraUndrawable: (p, say) =>
		`${say.slide(p.slide)}: період${named(p.headline)} датовано роком ${p.year}: Sourceline показує роки від 1 до 9999; пропущено`,
	tjsEraBadDates: (p, say) => `${say.slide(p.slide)}: період${named(p.headline)}: ${say.reason(p.why)}; пропущено`,
	tjsEraNoHeadline: (p, say) => `${say.slide(p.slide)}: період не має заголовка; заголовком стали його дати`,
	tjsUnknownFields: (p, say) =>
		`не прочитано ${sn(p.count, 'поле', 'поля', 'полів', say)}, яких немає в TimelineJS: ${say.listed(p)}`,
	tjsUtcTimes: (p, say) =>
		`час у TimelineJS зазначено без часового поясу: ${sn(p.count, 'значення', 'значення', 'значень', say)} ${p.end ? 'часу завершення' : 'часу'} прочитано як UTC: ${say.listed(p)}`,
	tjsIdsMade: (p, say) =>
		`${sn(p.count, 'подія не мала', 'події не мали', 'подій не мали', say)} ідентифікатора: ${p.count === 1 ? 'його утворено із заголовка й записано у файл, щоб він більше не змінювався' : 'їх утворено із заголовків і записано у файл, щоб вони більше не змінювалися'}: ${say.listed(p)}`,
	tjsThumbnails: (p, say) =>
		`вилучено ${sn(p.count, 'мініатюру медіа', 'мініатюри медіа', 'мініатюр медіа', say)} (хронологія не показує мініатюр): ${say.listed(p)}`,
	tjsMediaTitles: (p, say) =>
		`вилучено ${sn(p.count, 'назву медіа', 'назви медіа', 'назв медіа', say)}: ${say.listed(p)}`,
	tjsFrames: (p, say) =>
		`${sn(p.count, 'вбудований фрейм збережено', 'вбудовані фрейми збережено', 'вбудованих фреймів збережено', say)} ${p.count === 1 ? 'як посилання на його адресу' : 'як посилання на їхні адреси'}: ${say.listed(p)}`,
	tjsAltDropped: (p, say) =>
		`вилучено ${sn(p.count, 'альтернативний текст', 'альтернативні тексти', 'альтернативних текстів', say)}: ${p.count === 1 ? 'зображення до нього немає' : 'зображень до них немає'}: ${say.listed(p)}`,
	tjsMediaLinks: (p, say) =>
		`вилучено ${sn(p.count, 'посилання з медіа', 'посилання з медіа', 'посилань з медіа', say)}: ${say.listed(p)}`,
	tjsQuoteLinks: (p, say) =>
		`посилання всередині цитованого тексту не стають джерелами (${sn(p.count, 'цитата', 'цитати', 'цитат', say)}): ${say.listed(p)}`,
	tjsBadLinks: (p, say) =>
		`вилучено ${sn(p.count, 'посилання, що не є адресою', 'посилання, що не є адресами', 'посилань, що не є адресами', say)} http(s): ${say.listed(p)}`,
	tjsBackgrounds: (p, say) =>
		`вилучено ${sn(p.count, 'фон слайда', 'фони слайдів', 'фонів слайдів', say)} (Sourceline не показує фонів): ${say.listed(p)}`,
	dataUrlTooLong: () => 'URL даних довший за 2000 символів',
	dataUrlUnparsable: () => 'URL даних не вдається розібрати',
	dataUrlNotHttp: () => 'URL даних — не http(s)',
	dataUrlCredentials: () => 'URL даних не повинен містити імені користувача чи пароля',
	dataUrlOtherSite: (p) => `через ?data= можна відкрити лише хронології з цього сайту (${p.origin})`,
	fetchFailed: (p) => `не вдалося завантажити: ${p.detail}`,
	fetchStatus: (p) => `не вдалося завантажити: сервер відповів ${p.status}`,
	notServedAsJson: (p) =>
		p.type
			? `сервер надсилає його з типом вмісту ${q(p.type)}, а не як JSON`
			: 'сервер надсилає його без типу вмісту, а не як JSON',
	noBody: () => 'не містить даних',
	unknownField: () => 'невідоме поле',
	missing: () => 'відсутнє',
	wrongType: (p) => `має бути ${WANT[p.want] ?? p.expected}, а не ${p.got}`,
	invalid: (p) => `некоректне (${p.detail})`,
	empty: () => 'не повинно бути порожнім',
	tooLong: (p, say) => `має довжину ${sn(p.length, 'символ', 'символи', 'символів', say)}; межа — ${say.n(p.limit)}`,
	badChar: (p) => `містить ${CHAR[p.kind]}, ${p.char}, у позиції ${p.at}`,
	idTooLong: (p, say) => `має понад ${say.n(p.limit)} символів`,
	notSlug: () =>
		`має бути slug: малі латинські літери, цифри й поодинокі дефіси, наприклад ${q('rutte-dpa-interview')}`,
	dateShape: () => 'не є датою; пишіть YYYY, YYYY-MM, YYYY-MM-DD або YYYY-MM-DDTHH:MM з часовим поясом',
	urlTooLong: () => 'URL довший за 2000 символів',
	urlNotHttp: () => 'URL — не http(s)',
	urlUnsafeChars: () => 'URL містить пробіли, керівні або невидимі символи',
	urlUnparsable: () => 'URL не вдається розібрати',
	urlCredentials: () => 'URL не повинен містити імені користувача чи пароля',
	urlNoHost: () => 'в URL немає хоста',
	notLanguageTag: () => `має бути кодом мови, наприклад ${q('en')} або ${q('de')}`,
	notDateValue: () => 'має бути датою у вигляді тексту, {"start", "end"} або {"notBefore", "notAfter"}',
	notSourceKind: () => 'має бути одним зі значень primary, wire, news, derivative, unreliable, unknown',
	notUtc: () => 'має бути датою й часом в UTC, наприклад 2026-11-21T14:03Z',
	notSha256: () => 'має бути SHA-256 із 64 шістнадцяткових цифр у нижньому регістрі',
	notArchiveScope: () => `має бути ${q('full')} або ${q('passages')}`,
	notConfidenceLevel: () => `має бути ${q('high')}, ${q('medium')} або ${q('low')}`,
	notSupportKind: () => 'має бути одним зі значень event, date, attribution, quote, claim',
	needsSource: () => 'має називати принаймні одне джерело',
	needsTwoVariants: () => 'має перелічувати принаймні два варіанти',
	needsSupport: () => 'має називати принаймні щось одне, що підтверджує джерело',
	tooMany: (p, say) => TOO_MANY[p.of]!.replace('{n}', say.n(p.limit)),
	duplicateId: (p) => `повторюваний ідентифікатор ${q(p.id)} (уперше використано в ${p.first})`,
	unknownSourceId: (p) => `невідомий ідентифікатор джерела ${q(p.id)}`,
	unknownEventId: (p) => `невідомий ідентифікатор події ${q(p.id)}`,
	contradictsItself: () => 'подія не може суперечити сама собі',
	shaMismatch: (p) =>
		`не збігається з архівним текстом джерела ${q(p.source)}: SHA-256 тексту — ${p.actual} (текст змінили після архівування або хеш неправильний)`,
	notVerbatim: (p) =>
		`цитати з події ${q(p.event)} немає дослівно в архівному тексті джерела ${q(p.source)}: ${q(p.quote)} (порівняно після нормалізації Unicode NFC, будь-яку послідовність пробільних символів прочитано як один пробіл)`,
	supportTwice: (p) => `джерело ${q(p.source)} зазначено двічі`,
	supportLeavesOut: (p) =>
		`не містить ${q(p.what)}, хоча ${p.what === 'quote' ? 'цитату' : 'варіант твердження'} цієї події віднесено до джерела ${q(p.source)}`,
	supportNamesUncredited: (p) =>
		`називає ${q(p.what)}, хоча жодн${p.what === 'quote' ? 'ої цитати' : 'ого варіанта твердження'} цієї події не віднесено до джерела ${q(p.source)}`,
	notInEventSources: (p) => `джерела ${q(p.source)} немає в списку джерел цієї події`,
	derivationCycle: (p) => `derivedFrom утворює цикл: ${p.ids.join(' → ')}`,
	noSource: () => 'джерело не вказано',
	noSourceCount: (p, say) => `у ${say.n(p.count)} з ${sn(p.total, 'події', 'подій', 'подій', say)} не вказано джерела`,
	plainHttp: () => 'використовує простий http:, а не https:',
	plainHttpCount: (p, say) =>
		`${sn(p.count, 'джерело використовує', 'джерела використовують', 'джерел використовують', say)} простий http:`,
	futureDate: (p) => `${p.date} — дата в майбутньому`,
	futureCount: (p, say) => `${sn(p.count, 'джерело має', 'джерела мають', 'джерел мають', say)} дату в майбутньому`,
	dateNotDate: (p) =>
		`${q(p.text)} — не дата; пишіть YYYY, YYYY-MM, YYYY-MM-DD або YYYY-MM-DDTHH:MM з часовим поясом (Z або +01:00)`,
	dateYearZero: () => 'року 0000 не існує (після 1 року до н. е. іде 1 рік н. е.)',
	dateNoMonth: (p) => `місяця ${p.month} не існує (у ${p.text})`,
	dateNoDay: (p) =>
		`${p.date} не існує: у ${IN_MONTH[p.month - 1]} ${p.year} року ${p.days} ${p.days === 31 ? 'день' : 'днів'}`,
	dateNoTime: (p) => `часу ${p.time} не існує (у ${p.text})`,
	dateNoZone: (p) => `${p.text} має час, але не має часового поясу; додайте Z для UTC або зсув, наприклад +01:00`,
	dateBadOffset: (p) => `зсуву ${p.zone} не існує (зсуви бувають від -14:00 до +14:00)`,
	dateEnd: (p, say) => `${p.end}: ${say.reason(p.why)}`,
	dateBackwards: (p) =>
		p.range ? `end (${p.end}) раніше, ніж start (${p.start})` : `notAfter (${p.end}) раніше, ніж notBefore (${p.start})`
} satisfies Issues;
