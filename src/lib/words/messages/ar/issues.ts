/** Every problem a file can have, by code (see `data/issue-codes.ts`): fetched only when one is shown. */
import type { Issues } from '../en/issues';
import type { IssueSay } from '../../../data/issue-codes';
import { iso, q, bi, counted, G, EVENT, SOURCE, QUOTE, type Noun } from './grammar';

const sc = (count: number, noun: Noun, say: IssueSay) => counted(count, noun, { count: say.n, plural: say.plural });
const named = (headline: string) => (headline ? ` ${q(headline)}` : '');

const MORE_ERROR: Noun = ['خطأ آخر', 'خطآن آخران', 'أخطاء أخرى', 'خطأً آخر', 'خطأ آخر'];
const COLUMN: Noun = ['عمود واحد', 'عمودان', 'أعمدة', 'عمودًا', 'عمود'];
const CELL: Noun = ['خلية واحدة', 'خليتان', 'خلايا', 'خليةً', 'خلية'];
const CHARS: Noun = ['حرف واحد', 'حرفان', 'أحرف', 'حرفًا', 'حرف'];
const FIELD: Noun = ['حقل واحد', 'حقلان', 'حقول', 'حقلًا', 'حقل'];
const TIME: Noun = ['وقت واحد', 'وقتان', 'أوقات', 'وقتًا', 'وقت'];
const ITEM: Noun = ['عنصر واحد', 'عنصران', 'عناصر', 'عنصرًا', 'عنصر'];
const MORE_ADDRESS: Noun = [
	'عنوان آخر مضمَّن',
	'عنوانان آخران مضمَّنان',
	'عناوين أخرى مضمَّنة',
	'عنوانًا آخر مضمَّنًا',
	'عنوان آخر مضمَّن'
];
const END_TIME: Noun = ['وقت نهاية واحد', 'وقتا نهاية', 'أوقات نهاية', 'وقتَ نهاية', 'وقت نهاية'];

const WANT: Record<string, string> = {
	text: 'نصًّا',
	list: 'قائمة',
	object: 'كائنًا',
	oneOf: 'إحدى القيم المسموح بها',
	number: 'رقمًا'
};
const GOT: Record<string, string> = {
	list: 'قائمة',
	null: 'null',
	string: 'نصًّا',
	number: 'رقمًا',
	boolean: 'قيمة منطقية',
	undefined: 'قيمة فارغة',
	other: 'شيئًا آخر'
};
const TOO_MANY: Record<string, string> = {
	actors: 'يذكر أكثر من {n} من الأطراف',
	tags: 'فيه أكثر من {n} من الوسوم',
	quotes: 'فيه أكثر من {n} من الاقتباسات',
	eventSources: 'يذكر أكثر من {n} من المصادر',
	supportSources: 'يسرد أكثر من {n} من المصادر',
	sources: 'فيه أكثر من {n} من المصادر',
	eras: 'فيه أكثر من {n} من الحقب',
	events: 'فيه أكثر من {n} من الأحداث'
};
const CHAR: Record<string, string> = {
	surrogate: 'نصف حرف (وحدة ترميز بديلة منفردة)',
	noncharacter: 'رمزًا ليس حرفًا',
	control: 'حرف تحكم'
};
const RANGE: Record<string, string> = {
	month: 'ليس شهرًا (من 1 إلى 12)',
	day: 'ليس يومًا من الشهر (من 1 إلى 31)',
	hour: 'ليس ساعة (من 0 إلى 23)',
	minute: 'ليس دقيقة (من 0 إلى 59)',
	second: 'ليس ثانية (من 0 إلى 59)',
	millisecond: 'ليس جزءًا من الألف من الثانية (من 0 إلى 999)'
};
const DROPPED: Record<string, string> = {
	dayWithoutMonth: 'اليوم (لا شهر له)',
	timeWithoutDay: 'الوقت (لا يوم له)',
	minutesWithoutHour: 'الوقت (دقائق بلا ساعة)',
	milliseconds: 'أجزاء الألف من الثانية (لا تتجاوز دقة تواريخ Sourceline الثانية)'
};
const TITLE_FROM: Record<string, string> = {
	display: 'تاريخه المعروض',
	text: 'الكلمات الأولى من نصه',
	start: 'تاريخه'
};

export default {
	fileTooBig: (p, say) => `حجمه ${say.mb(p.size)} ميغابايت، والحد الأقصى ${say.mb(p.limit)} ميغابايت`,
	tooBigWhileReading: (p, say) =>
		`يتجاوز الحد الأقصى البالغ ${say.mb(p.limit)} ميغابايت (توقفت القراءة عند ${say.mb(p.size)} ميغابايت)`,
	notJson: (p) => `ليس JSON صالحًا: ${p.detail}`,
	notText: (p) => `ليس نصًّا صالحًا بترميز ${p.encoding}؛ احفظه بترميز UTF-8 ثم افتحه مرة أخرى`,
	unreadable: (p) => `تعذّرت قراءته: ${p.detail || 'لم يتمكن المتصفح من قراءته'}`,
	noWorker: () => 'تعذّرت قراءته: هذا المتصفح لا يشغّل المحوِّل (Web Worker)',
	notTimelineObject: (p) =>
		`يجب أن يكون كائن JSON يصف خطًا زمنيًا (فيه ${q('id')} و${q('title')} و${q('language')} و${q('sources')} و${q('events')})، لا ${GOT[p.got]}`,
	moreErrors: (p, say) =>
		`و${sc(p.count, MORE_ERROR, say)} ${p.count === 1 ? 'لا يُعرض' : p.count === 2 ? 'لا يُعرضان' : 'لا تُعرض'}`,
	csvTooBig: (p, say) => `حجمه ${say.mb(p.size)} ميغابايت، والحد الأقصى ${say.n(p.limit / 1024 / 1024)} ميغابايت`,
	csvTooManyColumns: (p, say) => `فيه ${sc(p.count, COLUMN, say)}، والحد الأقصى ${say.n(p.limit)}`,
	csvNoHeader: () => 'ليس فيه صف عناوين: يجب أن يسمّي الصف الأول الأعمدة',
	csvBlankHeader: (p) => `العمود ${p.column} بلا عنوان`,
	csvDuplicateHeader: (p) => `العمود ${q(p.header)} مكرر (العمودان ${p.first} و${p.second})`,
	csvTooManyRows: (p, say) => `فيه أكثر من ${say.n(p.limit)} من الصفوف`,
	csvTooManyCells: (p, say) => `فيه ${sc(p.cells, CELL, say)}، لكن ${sc(p.columns, COLUMN, say)} فقط لها عناوين`,
	unknownColumns: (p) =>
		`ليس فيه أعمدة Sourceline (Date وTitle…) ولا أعمدة TimelineJS (Year وHeadline…)؛ أعمدته هي ${p.columns}`,
	csvSameColumn: (p) => `يدل على العمود نفسه الذي يدل عليه ${q(p.other)}: احتفظ بأحدهما فقط`,
	csvUnknownColumn: (p) =>
		`ليس عمودًا معروفًا${p.near ? ` (هل تقصد ${q(p.near)}؟)` : ''}؛ الأعمدة هي: ${p.columns}. العمود الذي يبدأ اسمه بـ${q('#')} أو ${q('Note')} يبقى لملاحظاتك الخاصة`,
	csvNotesColumns: (p, say) =>
		`${p.columns.length > 1 ? 'الأعمدة' : 'العمود'} ${say.list(p.columns.map(q))} ${p.columns.length > 1 ? 'تبقى' : 'يبقى'} خارج الخط الزمني: العمود الذي يبدأ اسمه بـ${q('#')} أو ${q('Note')} مخصّص لملاحظات المؤلف`,
	csvSpreadsheetDate: (p) =>
		`يبدو أن ${q(p.text)} مكتوب بصيغة التاريخ الخاصة ببرنامج الجداول، وفيها قد يُقرأ اليوم شهرًا والشهر يومًا: اكتب YYYY-MM-DD (2025-03-05)، ولكي لا يغيّره البرنامج اجعل تنسيق العمود نصًّا`,
	csvConflict: (p) => {
		const what = {
			source: `للمصدر نفسه (${q(p.source)})`,
			timeline: 'للخط الزمني',
			event: `للحدث ${q(p.event)}`,
			support: `لما يدعمه المصدر ${q(p.source)} من الحدث ${q(p.event)}`
		}[p.of];
		return `قيمته هنا ${q(p.value)}، لكن الصف ${p.row} يعطي ${q(p.earlier)} ${what}: الصف الذي يضيف إليه يجب أن يترك هذه الخلية فارغة أو يكرر القيمة نفسها`;
	},
	csvIdMade: (p) =>
		`لا ID له، لذا صيغ معرّف الحدث من عنوانه: ${q(p.id)}. اكتب ${p.id} في العمود ID كي تبقى الروابط إلى الحدث كما هي إن تغيّر عنوانه`,
	csvStraySourceCell: () => 'يخص مصدرًا، لكن هذا الصف ليس فيه Source URL ولا Source ID',
	csvSupportNoSource: () => 'يذكر ما يدعمه مصدر، لكن هذا الصف ليس فيه Source URL ولا Source ID',
	csvSupportNoEvent: () => 'في صف لا ينتمي إلى أي حدث: اكتب ID حدثه في العمود ID',
	csvNoEvent: () =>
		'في صف لا ينتمي إلى أي حدث: اكتب ID حدثه في العمود ID (الصف الذي ليس فيه ID ولا Title لا يُضاف إلى أي حدث)',
	csvQuoteNoSource: () => 'لا مصدر له: اذكر في الصف نفسه Source URL (أو Source ID) للمصدر الذي جاء منه الاقتباس',
	csvStrayQuoteCell: () => 'يخص اقتباسًا، لكن الخلية Quote في هذا الصف فارغة',
	csvClaimEmpty: () => 'فارغ: اذكر موضوع الادعاء الذي تتعلق به Claim value',
	csvClaimValueEmpty: (p) => `فارغ: اذكر ما يقوله مصدر هذا الصف عن ${q(p.claim)}`,
	csvClaimNoSource: () => 'لا مصدر له: اذكر في الصف نفسه Source URL (أو Source ID) للمصدر الذي يقول ذلك',
	csvTimelineAssumed: (p, say) => {
		const names: string[] = [];
		const whats: string[] = [];
		if (p.id !== null) {
			names.push('Timeline ID');
			whats.push(`المعرّف ${q(p.id)} (من اسم الملف)`);
		}
		if (p.title !== null) {
			names.push('Timeline title');
			whats.push(`العنوان ${q(p.title)} (اسم الملف)`);
		}
		if (p.language !== null) {
			names.push('Timeline language');
			whats.push(`اللغة ${q(p.language)}`);
		}
		const many = names.length > 1;
		return `لا يذكر أي صف ${say.list(names)}: افتُرض للخط الزمني ${say.list(whats)}؛ أضف ${many ? 'الأعمدة' : 'العمود'} لتحديد ${many ? 'قيمها' : 'قيمته'}`;
	},
	csvKindAssumed: (p) =>
		`فارغ للمصدر ${q(p.source)}: نوعه ${q('unknown')} (اكتب primary أو wire أو news أو derivative أو unreliable)`,
	csvUnknownDerivedFrom: (p) => `${q(p.value)} ليس Source URL ولا Source ID لأي مصدر في هذا الملف`,
	csvScopeAssumed: (p) =>
		`فارغ للمصدر ${q(p.source)}: يُعدّ Archived text الخاص به ${q('passages')} (اكتب ${q('full')} إن كان الصفحة كاملة)`,
	csvDateMix: () =>
		'لا يجتمع مع Date أو End date: اذكر إما Date (مع End date لفترة) وإما Not before وNot after لتاريخ غير مؤكد',
	csvNeedsNotBefore: () => 'يحتاج إلى Not before: التاريخ غير المؤكد هو الفترة بين الاثنين',
	csvNeedsNotAfter: () => 'يحتاج إلى Not after: التاريخ غير المؤكد هو الفترة بين الاثنين',
	csvEndWithoutDate: () => 'يحتاج إلى Date: بداية الفترة',
	csvQuoteLanguageAssumed: (p) =>
		`فارغ: يُفترض أن الاقتباس باللغة ${q(p.language)} (لغة ${p.from === 'source' ? 'المصدر' : 'الخط الزمني'})`,
	tjsNotTemplate: (p) => `ليس فيه العمود ${p.missing.join(' ولا ')}: ليس قالب TimelineJS`,
	tjsColumnsNotRead: (p) => `أعمدة لم تُقرأ (لا يحوي قالب TimelineJS عمودًا كهذا): ${p.columns.join('، ')}`,
	tjsSecondTitle: (p, say) => `${say.slide(p.slide)}: صف عنوان ثانٍ، قُرئ حدثًا (كما يفعل TimelineJS)`,
	tjsUnknownType: (p, say) => `${say.slide(p.slide)}: القيمة ${q(p.type)} في Type ليست title ولا era؛ قُرئ حدثًا`,
	tjsNotWholeNumber: (p) => `${p.json ? iso(p.value) : q(p.value)} ليس عددًا صحيحًا`,
	tjsNotTime: (p) => `${q(p.value)} ليس وقتًا مثل 14:30 أو 2:30 PM`,
	tjsOrphanEndParts: (p, say) =>
		`${say.slide({ row: p.row })}: ${p.columns.join('، ')} بلا End Year؛ أُهملت (كما يفعل TimelineJS)`,
	tjsNotObject: () => 'ليس خطًا زمنيًا من TimelineJS: يجب أن يكون الملف كائن JSON',
	tjsVersion2: () => 'بصيغة TimelineJS 2 ({"timeline": …})؛ يقرأ Sourceline ملفات TimelineJS 3 ({"events": […]})',
	tjsNoEvents: () => `ليس فيه قائمة ${q('events')}: ليس خطًا زمنيًا من TimelineJS`,
	tjsScale: (p) => `المقياس ${q(p.scale)} لا يُقرأ: يرسم Sourceline السنوات من 1 إلى 9999`,
	tjsMustBeList: () => 'يجب أن يكون قائمة',
	tjsNotSlide: () => 'يجب أن يكون كائنًا (شريحة)',
	tjsEndNoYear: (p, say) => `${say.slide(p.slide)}: لا سنة في end_date؛ أُهمل (ويهمله TimelineJS أيضًا)`,
	tjsMustBeText: () => 'يجب أن يكون نصًّا',
	tjsMustBeObject: () => 'يجب أن يكون كائنًا',
	tjsHtmlTooDeep: (p) => `يتداخل فيه HTML لأكثر من ${p.limit} مستوى؛ يمنع هذا الحد ملفًا خبيثًا من تعطيل الصفحة`,
	tjsOutOfRange: (p) => `${iso(String(p.value))} ${RANGE[p.part]}`,
	tjsLanguageAssumed: () =>
		`لا تذكر ملفات TimelineJS لغتها: يُفترض أن النص بالإنجليزية (${q('en')})؛ غيّر \`language\` إن لم يكن كذلك`,
	tjsMediaAsLinks: (p, say) =>
		`احتُفظ ${bi(sc(p.count, G(ITEM), say))} من الصور والمقاطع والخرائط والمنشورات روابطَ، دون تضمينها`,
	tjsNoTitleSlide: (p) => `لا شريحة عنوان: اسم الملف ${q(p.name)} هو العنوان`,
	tjsTitleNoHeadline: (p) => `شريحة العنوان بلا عنوان رئيسي: اسم الملف ${q(p.name)} هو العنوان`,
	tjsTitleMedia: () => 'لم تُحفظ وسائط شريحة العنوان: ليس للخط الزمني وسائط خاصة به',
	tjsUniqueIdTwice: (p, say) =>
		`${say.slide(p.slide)}: المعرّف unique_id ${q(p.id)} مستخدم مرتين؛ يأخذ هذا الحدث معرّفًا آخر`,
	tjsNoStartYear: (p, say) => `${say.slide(p.slide)}${named(p.headline)} بلا سنة بداية: أُسقط (ويتخطاه TimelineJS أيضًا)`,
	tjsUndrawable: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)} مؤرَّخ بالسنة ${iso(p.year)}: يرسم Sourceline السنوات من 1 إلى 9999؛ أُسقط`,
	tjsPartsDropped: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)}: حُذف من ${p.end ? 'تاريخ النهاية' : 'التاريخ'} ${say.list(p.dropped.map((d) => DROPPED[d]!))}`,
	tjsNoHeadline: (p, say) => `${say.slide(p.slide)} بلا عنوان رئيسي: عنوانه ${TITLE_FROM[p.from]}، ${q(p.title)}`,
	tjsUniqueIdNotSlug: (p, say) => `${say.slide(p.slide)}: المعرّف unique_id ${q(p.given)} ليس slug؛ معرّفه ${q(p.id)}`,
	tjsMoreEmbeds: (p, say) =>
		`${say.slide(p.slide)}: حُذف من Media ${sc(p.count, MORE_ADDRESS, say)} (يحتفظ الحدث بعنوان واحد)`,
	tjsNoScheme: (p, say) => `${say.slide(p.slide)}: عنوان Media ${q(p.url)} بلا بروتوكول؛ قُرئ على أنه https:`,
	tjsQuoteInSummary: (p, say) =>
		`${say.slide(p.slide)}: بقي الاقتباس في الملخص: ${p.why === 'noSource' ? 'لا مصدر يُنسب إليه' : 'لا يذكر قائله'}`,
	tjsLinksLeftOut: (p, say) =>
		`${say.slide(p.slide)}: حُذفت عناوين الروابط من النص، إذ كان سيتجاوز بها ${sc(p.limit, G(CHARS), say)}`,
	tjsEraNoDate: (p, say) =>
		`${say.slide(p.slide)}: الحقبة${named(p.headline)} بلا تاريخ ${p.missing === 'start' ? 'بداية' : 'نهاية'}: تحتاج الحقبة إلى كليهما؛ أُسقطت`,
	tjsEraUndrawable: (p, say) =>
		`${say.slide(p.slide)}: الحقبة${named(p.headline)} مؤرَّخة بالسنة ${iso(p.year)}: يرسم Sourceline السنوات من 1 إلى 9999؛ أُسقطت`,
	tjsEraBadDates: (p, say) => `${say.slide(p.slide)}: الحقبة${named(p.headline)}: ${say.reason(p.why)}؛ أُسقطت`,
	tjsEraNoHeadline: (p, say) => `${say.slide(p.slide)}: الحقبة بلا عنوان رئيسي: عنوانها تواريخها`,
	tjsUnknownFields: (p, say) =>
		`لم يُقرأ ${sc(p.count, FIELD, say)} ${p.count === 1 ? 'لا يعرّفه' : p.count === 2 ? 'لا يعرّفهما' : 'لا يعرّفها'} TimelineJS: ${say.listed(p)}`,
	tjsUtcTimes: (p, say) =>
		`أوقات TimelineJS بلا منطقة زمنية: قُرئ ${sc(p.count, p.end ? END_TIME : TIME, say)} بتوقيت UTC: ${say.listed(p)}`,
	tjsIdsMade: (p, say) =>
		`${
			p.count === 1
				? 'حدث واحد بلا معرّف: صِيغ معرّفه من عنوانه وكُتب في الملف كي يبقى ثابتًا'
				: `${sc(p.count, EVENT, say)} بلا معرّفات: صِيغت معرّفات${p.count === 2 ? 'هما' : 'ها'} من عناوين${p.count === 2 ? 'هما' : 'ها'} وكُتبت في الملف كي تبقى ثابتة`
		}: ${say.listed(p)}`,
	tjsThumbnails: (p, say) =>
		`حُذفت الصور المصغّرة للوسائط (${say.n(p.count)})، إذ لا يرسم الخط الزمني صورًا مصغّرة: ${say.listed(p)}`,
	tjsMediaTitles: (p, say) => `حُذفت عناوين الوسائط (${say.n(p.count)}): ${say.listed(p)}`,
	tjsFrames: (p, say) => `احتُفظ بالإطارات المضمَّنة (${say.n(p.count)}) روابطَ إلى عناوينها: ${say.listed(p)}`,
	tjsAltDropped: (p, say) => `حُذفت النصوص البديلة (${say.n(p.count)})، إذ لا صورة ترافقها: ${say.listed(p)}`,
	tjsMediaLinks: (p, say) => `حُذفت روابط النقر على الوسائط (${say.n(p.count)}): ${say.listed(p)}`,
	tjsQuoteLinks: (p, say) => `الروابط داخل النص المقتبس لا تصبح مصادر (${sc(p.count, QUOTE, say)}): ${say.listed(p)}`,
	tjsBadLinks: (p, say) => `حُذفت الروابط التي ليست عناوين http(s) (${say.n(p.count)}): ${say.listed(p)}`,
	tjsBackgrounds: (p, say) => `حُذفت خلفيات الشرائح (${say.n(p.count)})، إذ لا يرسم Sourceline خلفيات: ${say.listed(p)}`,
	dataUrlTooLong: () => 'عنوان URL للبيانات أطول من 2000 حرف',
	dataUrlUnparsable: () => 'تعذّر تحليل عنوان URL للبيانات',
	dataUrlNotHttp: () => 'عنوان URL للبيانات ليس http(s)',
	dataUrlCredentials: () => 'يجب ألا يحوي عنوان URL للبيانات اسم مستخدم أو كلمة مرور',
	dataUrlOtherSite: (p) => `لا تُفتح بالمعامل ?data= إلا الخطوط الزمنية من هذا الموقع (${iso(p.origin)})`,
	fetchFailed: (p) => `تعذّر جلبه: ${p.detail}`,
	fetchStatus: (p) => `تعذّر جلبه: أجاب الخادم بالرمز ${p.status}`,
	notServedAsJson: (p) => (p.type ? `يُقدَّم بنوع المحتوى ${q(p.type)}، لا JSON` : 'يُقدَّم بلا نوع محتوى، لا JSON'),
	noBody: () => 'لا محتوى فيه',
	unknownField: () => 'ليس حقلًا معروفًا',
	missing: () => 'مفقود',
	wrongType: (p) => `يجب أن يكون ${WANT[p.want] ?? p.expected}، لا ${p.got}`,
	invalid: (p) => `غير صالح (${p.detail})`,
	empty: () => 'يجب ألا يكون فارغًا',
	tooLong: (p, say) => `طوله ${sc(p.length, CHARS, say)}، والحد الأقصى ${say.n(p.limit)}`,
	badChar: (p) => `يحوي ${CHAR[p.kind]}، ${p.char}، عند الحرف ${p.at}`,
	idTooLong: (p, say) => `أطول من ${sc(p.limit, G(CHARS), say)}`,
	notSlug: () => `يجب أن يكون slug: أحرف لاتينية صغيرة وأرقام وشرطات مفردة، مثل ${q('rutte-dpa-interview')}`,
	dateShape: () => 'ليس تاريخًا؛ اكتب YYYY أو YYYY-MM أو YYYY-MM-DD أو YYYY-MM-DDTHH:MM مع منطقة زمنية',
	urlTooLong: () => 'عنوان URL أطول من 2000 حرف',
	urlNotHttp: () => 'عنوان URL ليس http(s)',
	urlUnsafeChars: () => 'يحوي عنوان URL مسافات أو حروف تحكم أو حروفًا غير مرئية',
	urlUnparsable: () => 'تعذّر تحليل عنوان URL',
	urlCredentials: () => 'يجب ألا يحوي عنوان URL اسم مستخدم أو كلمة مرور',
	urlNoHost: () => 'لا مضيف في عنوان URL',
	notLanguageTag: () => `يجب أن يكون رمز لغة مثل ${q('en')} أو ${q('de')}`,
	notDateValue: () => 'يجب أن يكون تاريخًا نصيًا، أو {"start", "end"} أو {"notBefore", "notAfter"}',
	notSourceKind: () => 'يجب أن يكون إحدى القيم primary أو wire أو news أو derivative أو unreliable أو unknown',
	notUtc: () => `يجب أن يكون تاريخًا ووقتًا بتوقيت UTC، مثل ${iso('2026-11-21T14:03Z')}`,
	notSha256: () => 'يجب أن يكون SHA-256 مكتوبًا بـ64 رقمًا ست عشريًا بأحرف صغيرة',
	notArchiveScope: () => `يجب أن يكون ${q('full')} أو ${q('passages')}`,
	notConfidenceLevel: () => `يجب أن يكون ${q('high')} أو ${q('medium')} أو ${q('low')}`,
	notSupportKind: () => 'يجب أن يكون إحدى القيم event أو date أو attribution أو quote أو claim',
	needsSource: () => 'يجب أن يذكر مصدرًا واحدًا على الأقل',
	needsTwoVariants: () => 'يجب أن يسرد صيغتين على الأقل',
	needsSupport: () => 'يجب أن يذكر شيئًا واحدًا على الأقل يدعمه المصدر',
	tooMany: (p, say) => TOO_MANY[p.of]!.replace('{n}', say.n(p.limit)),
	duplicateId: (p) => `معرّف مكرر ${q(p.id)} (استُخدم أولًا في ${p.first})`,
	unknownSourceId: (p) => `معرّف مصدر غير معروف ${q(p.id)}`,
	unknownEventId: (p) => `معرّف حدث غير معروف ${q(p.id)}`,
	contradictsItself: () => 'لا يمكن أن يناقض الحدث نفسه',
	shaMismatch: (p) =>
		`لا يطابق النص المؤرشف للمصدر ${q(p.source)}: قيمة SHA-256 للنص هي ${p.actual} (غُيّر النص بعد أرشفته، أو أن البصمة خاطئة)`,
	notVerbatim: (p) =>
		`لا يرد اقتباس الحدث ${q(p.event)} حرفيًا في النص المؤرشف للمصدر ${q(p.source)}: ${q(p.quote)} (قورن بعد توحيد Unicode بصيغة NFC، مع قراءة كل سلسلة من المسافات مسافةً واحدة)`,
	supportTwice: (p) => `المصدر ${q(p.source)} مذكور مرتين`,
	supportLeavesOut: (p) =>
		`يُغفل ${q(p.what)}، مع أن ${p.what === 'quote' ? 'اقتباسًا في هذا الحدث منسوب' : 'صيغةً من ادعاء في هذا الحدث منسوبة'} إلى المصدر ${q(p.source)}`,
	supportNamesUncredited: (p) =>
		`يذكر ${q(p.what)}، مع أنه لا ${p.what === 'quote' ? 'اقتباس في هذا الحدث منسوب' : 'صيغة من ادعاء في هذا الحدث منسوبة'} إلى المصدر ${q(p.source)}`,
	notInEventSources: (p) => `المصدر ${q(p.source)} ليس في قائمة مصادر هذا الحدث`,
	derivationCycle: (p) => `يشكّل derivedFrom حلقة: ${p.ids.join(' → ')}`,
	noSource: () => 'لم يُذكر مصدر',
	noSourceCount: (p, say) => `لم يُذكر مصدر لـ${say.n(p.count)} من أصل ${sc(p.total, G(EVENT), say)}`,
	plainHttp: () => 'يستخدم http: العادي، لا https:',
	plainHttpCount: (p, say) =>
		`${sc(p.count, SOURCE, say)} ${p.count === 1 ? 'يستخدم' : p.count === 2 ? 'يستخدمان' : 'تستخدم'} http: العادي`,
	futureDate: (p) => `${iso(p.date)} تاريخ في المستقبل`,
	futureCount: (p, say) =>
		`${sc(p.count, SOURCE, say)} ${p.count === 1 ? 'مؤرَّخ' : p.count === 2 ? 'مؤرَّخان' : 'مؤرَّخة'} في المستقبل`,
	dateNotDate: (p) =>
		`${q(p.text)} ليس تاريخًا؛ اكتب YYYY أو YYYY-MM أو YYYY-MM-DD أو YYYY-MM-DDTHH:MM مع منطقة زمنية (Z أو ${iso('+01:00')})`,
	dateYearZero: () => 'السنة 0000 غير موجودة (يلي العامَ 1 قبل الميلاد العامُ 1 للميلاد)',
	dateNoMonth: (p) => `الشهر ${iso(p.month)} غير موجود (في ${iso(p.text)})`,
	dateNoDay: (p, say) => `${iso(p.date)} غير موجود: ${say.month(p.month)} ${p.year} فيه ${p.days} يومًا`,
	dateNoTime: (p) => `الوقت ${iso(p.time)} غير موجود (في ${iso(p.text)})`,
	dateNoZone: (p) => `في ${iso(p.text)} وقت بلا منطقة زمنية؛ أضف Z لتوقيت UTC أو فرقًا مثل ${iso('+01:00')}`,
	dateBadOffset: (p) => `فرق التوقيت ${iso(p.zone)} غير موجود (تتراوح الفروق بين ${iso('-14:00')} و${iso('+14:00')})`,
	dateEnd: (p, say) => `${p.end}: ${say.reason(p.why)}`,
	dateBackwards: (p) =>
		p.range
			? `${iso(`end (${p.end})`)} يسبق ${iso(`start (${p.start})`)}`
			: `${iso(`notAfter (${p.end})`)} يسبق ${iso(`notBefore (${p.start})`)}`
} satisfies Issues;
