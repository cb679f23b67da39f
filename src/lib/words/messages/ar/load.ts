import type { Messages } from '../en';
import type { Numbers } from '../../plural';

/**
 * A value from the file (a name, an id, a column) set apart from the Arabic around it: a first-strong
 * isolate, so a Latin value's trailing punctuation and a number after it keep their places in a
 * right-to-left line ("لم يُحمَّل broken.csv: 4 مشكلات", not "… 4 :broken.csv …").
 */
const iso = (s: string) => `\u2068${s}\u2069`;
const q = (s: string) => `«${iso(s)}»`;
/** "بـ" joined to a number, "ب" to a word: "بـ3 مصادر", "بمصدر واحد". */
const bi = (s: string) => (/^\d/.test(s) ? `بـ${s}` : `ب${s}`);
/**
 * A count with its noun as Arabic counts it: the singular (with "one") for 1, the dual for 2, the
 * plural for 3 to 10, the accusative singular for 11 to 99, the singular for 100 and up.
 */
type Noun = [one: string, two: string, few: string, many: string, other: string];
const counted = (count: number, [one, two, few, many, other]: Noun, num: Pick<Numbers, 'count' | 'plural'>) => {
	const x = num.count(count);
	return num.plural(count, {
		zero: `${x} ${few}`,
		one,
		two,
		few: `${x} ${few}`,
		many: `${x} ${many}`,
		other: `${x} ${other}`
	});
};
/** The dual after a preposition, "لدى" or "من أصل" (genitive): "مصدرين", not "مصدران". */
const dualGenitive = (two: string) =>
	two
		.split(' ')
		.map((w) =>
			w.endsWith('آن')
				? `${w.slice(0, -2)}أين`
				: w.endsWith('ان')
					? `${w.slice(0, -2)}ين`
					: w.endsWith('ا')
						? `${w.slice(0, -1)}ي`
						: w
		)
		.join(' ');
const G = ([one, two, few, many, other]: Noun): Noun => [one, dualGenitive(two), few, many, other];
const c = (count: number, noun: Noun, num: Numbers) => counted(count, noun, num);

const EVENT: Noun = ['حدث واحد', 'حدثان', 'أحداث', 'حدثًا', 'حدث'];
const SOURCE: Noun = ['مصدر واحد', 'مصدران', 'مصادر', 'مصدرًا', 'مصدر'];
const QUOTE: Noun = ['اقتباس واحد', 'اقتباسان', 'اقتباسات', 'اقتباسًا', 'اقتباس'];
const PROBLEM: Noun = ['مشكلة واحدة', 'مشكلتان', 'مشكلات', 'مشكلةً', 'مشكلة'];

export default {
	opener: {
		template: 'قالب CSV',
		open: 'فتح ملف خط زمني…',
		drop: 'أفلِت ملف خط زمني (JSON أو CSV) هنا لمعاينته'
	},
	status: {
		loading: (name) => `جارٍ تحميل ${iso(name)}…`,
		loadingAt: (name, stage) => `جارٍ تحميل ${iso(name)}: ${stage}…`,
		reading: (percent) => `القراءة ${percent}٪`,
		checking: 'التحقق',
		drawing: 'الرسم'
	},
	errors: {
		title: (file, count, num) => `لم يُحمَّل ${iso(file)}: ${c(count, PROBLEM, num)}`,
		unchanged: 'لم يتغير الخط الزمني المعروض. أصلِح هذه المشكلات ثم افتح الملف مرة أخرى:',
		dismiss: 'إغلاق'
	},
	where: {
		colon: ': ',
		file: '(الملف)',
		root: '(الجذر)',
		row: (row) => `الصف ${row}`,
		rowColumn: (row, column) => `الصف ${row}، العمود ${q(column)}`,
		column: (column) => `العمود ${q(column)}`,
		event: (id) => `الحدث ${q(id)}`,
		separator: '، ',
		andMore: (count, num) => ` و${num.count(count)} غيرها`,
		quoted: (value) => q(value)
	},
	report: {
		title: (file, format) => `فُتح ${iso(file)}: ${format}`,
		formats: {
			sourcelineJson: 'Sourceline JSON',
			sourcelineCsv: 'Sourceline CSV',
			timelinejsJson: 'TimelineJS JSON',
			timelinejsCsv: 'جدول بيانات TimelineJS (CSV)'
		},
		counts: (events, sources, quotes, num) =>
			`${c(events, EVENT, num)}، ${c(sources, SOURCE, num)}، ${c(quotes, QUOTE, num)}.`,
		unsourced: (count, events, num) => `لم يُذكر مصدر لـ${num.count(count)} من أصل ${c(events, G(EVENT), num)}.`,
		evidence: (archived, verbatim, quotes, num) =>
			`لدى ${c(archived, G(SOURCE), num)} نسخة مؤرشفة: تبيّن بالمقارنة ورود ${num.count(verbatim)} من أصل ${c(quotes, G(QUOTE), num)} فيها حرفيًا.`,
		evidenceUnchecked: (archived, verbatim, quotes, num) =>
			`لدى ${c(archived, G(SOURCE), num)} نسخة مؤرشفة: تبيّن بالمقارنة ورود ${num.count(verbatim)} من أصل ${c(quotes, G(QUOTE), num)} فيها حرفيًا، و{unchecked}.`,
		unchecked: (count, num) => `${num.count(count)} لم تُقارَن بنسخة مؤرشفة`,
		uncertain: (count, num) => `لدى ${c(count, G(EVENT), num)} تاريخ أو نسبة قول بدرجة ثقة متوسطة أو منخفضة.`,
		partial: (count, num) => `يُستشهد ${bi(c(count, G(SOURCE), num))} لجزء من حدث فقط (ولا يُحتسب تقريرًا عنه).`,
		changes: (count, num) => `ما الذي تغيّر وما الذي ينبغي التحقق منه (${num.count(count)})`,
		downloadJson: 'تنزيل بصيغة Sourceline JSON',
		downloadCsv: 'تنزيل بصيغة CSV',
		dismiss: 'إغلاق'
	}
} satisfies Messages['load'];
