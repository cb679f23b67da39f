import type { Messages } from '../en';

export default {
	region: 'الخط الزمني',
	roleDescription: 'خط زمني قابل للتكبير',
	marks: 'العلامات على الخط الزمني',
	mark: {
		event: ({ title, when, verdict }) => `${title}، ${when}، ${verdict}`,
		inLanes: (lanes, num) =>
			num.plural(lanes.length, {
				one: `؛ في المسار ${lanes[0]}`,
				two: `؛ في المسارين ${lanes.join(' و')}`,
				other: `؛ في المسارات ${lanes.join('، ')}`
			}),
		// العدد والمعدود: حدث واحد، حدثان، 3–10 أحداث، 11–99 حدثًا، 100 حدث.
		cluster: ({ count, from }, num) => {
			const n = num.count(count);
			const rest = `، ابتداءً من ${from}؛ كبّر العرض`;
			return num.plural(count, {
				zero: `لا أحداث أخرى${rest}`,
				one: `حدث آخر واحد${rest}`,
				two: `حدثان آخران${rest}`,
				few: `${n} أحداث أخرى${rest}`,
				many: `${n} حدثًا آخر${rest}`,
				other: `${n} حدث آخر${rest}`
			});
		}
	},
	toolbar: {
		label: 'عناصر التحكم في الخط الزمني',
		zoomIn: 'تكبير',
		zoomInTip: 'تكبير (+)',
		zoomOut: 'تصغير',
		zoomOutTip: 'تصغير (−)',
		earlier: 'الانتقال إلى الأقدم',
		earlierTip: 'الأقدم (←)',
		later: 'الانتقال إلى الأحدث',
		laterTip: 'الأحدث (→)',
		fitAll: 'عرض الكل'
	},
	tabs: { label: 'أسفل الخط الزمني', events: 'الأحداث', sources: 'المصادر' },
	list: {
		title: 'الأحداث',
		count: ({ shown, total }, num) => `(${num.count(shown)} من ${num.count(total)})`,
		showAll: 'عرض كل الأحداث، لا الظاهرة في النطاق المعروض فقط',
		sources: 'المصادر:'
	},
	sources: {
		title: 'المصادر',
		count: (n, num) => `(${num.count(n)})`,
		caption:
			'جميع المصادر، ومع كلٍّ منها التقاريرُ التي أعادت صياغته: فشبكة المواقع المستنسخة تظهر مجموعةً واحدة تحت التقرير الذي تعيد صياغته.',
		columns: {
			publisher: 'الناشر',
			kind: 'النوع',
			published: 'تاريخ النشر',
			derivedFrom: 'مأخوذ عن',
			reports: 'الأحداث التي يوردها'
		},
		kinds: {
			primary: 'مصدر أولي',
			wire: 'وكالة أنباء',
			news: 'وسيلة إعلامية',
			derivative: 'إعادة صياغة',
			unreliable: 'مصدر غير موثوق',
			unknown: 'غير معروف'
		},
		notShown: 'غير مذكور',
		rewriteOf: (publisher) => `إعادة صياغة لتقرير ${publisher}`,
		network: ({ publisher, count }, num) => {
			const n = num.count(count);
			return num.plural(count, {
				zero: publisher,
				one: `${publisher} وإعادة صياغة واحدة عنه`,
				two: `${publisher} وإعادتا صياغة عنه`,
				few: `${publisher} و${n} إعادات صياغة عنه`,
				many: `${publisher} و${n} إعادة صياغة عنه`,
				other: `${publisher} و${n} إعادة صياغة عنه`
			});
		}
	}
} satisfies Messages['timeline'];
