import type { Report } from '../en/report';
import type { Numbers } from '../../plural';
import issues from './issues';
import { iso, q, bi, counted, G, EVENT, SOURCE, QUOTE, type Noun } from './grammar';

const c = (count: number, noun: Noun, num: Numbers) => counted(count, noun, num);

const PROBLEM: Noun = ['مشكلة واحدة', 'مشكلتان', 'مشكلات', 'مشكلةً', 'مشكلة'];

export default {
	refused: {
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
	opened: {
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
	},
	issues
} satisfies Report;
