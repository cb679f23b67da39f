import type { Messages } from '../en';

export default {
	search: {
		label: 'بحث',
		placeholder: 'العناوين، الاقتباسات، الأشخاص، المصادر…',
		shortcut: 'اضغط / للبحث'
	},
	filters: 'عوامل التصفية',
	filtersChosen: (count, num) => `عوامل التصفية (${num.count(count)})`,
	markRest: 'تعليم مواضع الأحداث الأخرى',
	facet: {
		actor: 'الطرف',
		tag: 'الوسم',
		source: 'المصدر',
		kind: 'نوع المصدر',
		level: 'تقييم المصادر',
		group: 'المجموعة'
	},
	level: {
		primary: 'مصدر أولي',
		corroborated: 'مدعوم بتقارير مستقلة',
		single: 'تقرير واحد فقط',
		unreliable: 'مصادر غير موثوقة فقط',
		unsourced: 'لم يُذكر مصدر'
	},
	kind: {
		primary: 'مصدر أولي (كلام المتحدث نفسه)',
		wire: 'وكالة أنباء',
		news: 'تقرير إخباري',
		derivative: 'إعادة صياغة لتقرير آخر',
		unreliable: 'موقع غير موثوق',
		unknown: 'النوع غير معروف'
	},
	showAll: (count, num) => `عرض الكل (${num.count(count)})`,
	showFewer: 'عرض أقل',
	chips: {
		label: 'عوامل التصفية النشطة',
		search: (query) => `بحث: ${query}`,
		removeSearch: (query) => `إزالة البحث «${query}»`,
		value: (facet, value) => `${facet}: ${value}`,
		remove: (filter) => `إزالة عامل التصفية «${filter}»`,
		clearAll: 'مسح الكل',
		anyOf: (values) => values.join(' أو '),
		onlyLevels: (levels) => `${levels} فقط`,
		restMarked: 'الأحداث الأخرى معلَّمة أسفل المحور'
	},
	matches: (shown, total, num) =>
		num.plural(shown, {
			zero: `لا يطابق أي حدث من أصل ${num.count(total)}`,
			one: `يطابق حدث واحد من أصل ${num.count(total)}`,
			two: `يطابق حدثان من أصل ${num.count(total)}`,
			few: `يطابق ${num.count(shown)} أحداث من أصل ${num.count(total)}`,
			many: `يطابق ${num.count(shown)} حدثًا من أصل ${num.count(total)}`,
			other: `يطابق ${num.count(shown)} حدث من أصل ${num.count(total)}`
		}),
	noMatch: {
		query: 'لا يوجد حدث يطابق «{query}» — {clear}',
		queryFiltered: 'لا يوجد حدث يطابق «{query}» مع عوامل التصفية هذه — {clear}',
		filters: 'لا يوجد حدث يطابق عوامل التصفية هذه — {clear}',
		clearSearch: 'مسح البحث',
		clearAll: 'مسح الكل'
	},
	notices: {
		dismiss: 'إغلاق',
		unknown: {
			actor: (value) => `لا يوجد في هذا الخط الزمني طرف باسم «${value}»`,
			tag: (value) => `لا يوجد في هذا الخط الزمني وسم باسم «${value}»`,
			source: (value) => `لا يوجد في هذا الخط الزمني مصدر بالمعرّف «${value}»`,
			kind: (value) => `لا يوجد في هذا الخط الزمني نوع مصدر باسم «${value}»`,
			group: (value) => `لا توجد في هذا الخط الزمني مجموعة باسم «${value}»`
		},
		noLanes: {
			actor: 'لا يذكر هذا الخط الزمني أطرافًا تُوزَّع أحداثه على مسارات بحسبها',
			tag: 'لا يذكر هذا الخط الزمني وسومًا تُوزَّع أحداثه على مسارات بحسبها',
			kind: 'لا يذكر هذا الخط الزمني أنواع مصادر تُوزَّع أحداثه على مسارات بحسبها',
			group: 'لا يذكر هذا الخط الزمني مجموعات تُوزَّع أحداثه على مسارات بحسبها'
		}
	},
	lanes: {
		label: 'المسارات',
		none: 'بدون مسارات',
		by: { actor: 'حسب الطرف', tag: 'حسب الوسم', kind: 'حسب نوع المصدر', group: 'حسب المجموعة' },
		inWords: {
			actor: 'مسارات حسب الطرف',
			tag: 'مسارات حسب الوسم',
			kind: 'مسارات حسب نوع المصدر',
			group: 'مسارات حسب المجموعة'
		},
		other: {
			actor: 'أطراف أخرى',
			tag: 'وسوم أخرى',
			kind: 'أنواع مصادر أخرى',
			group: 'مجموعات أخرى'
		},
		without: {
			actor: 'بلا طرف',
			tag: 'بلا وسم',
			kind: 'بلا نوع مصدر',
			group: 'بلا مجموعة'
		},
		title: (label, count, num) => `${label} (${num.count(count)})`,
		more: (count, num) =>
			num.plural(count, {
				zero: 'لا مزيد من الأحداث',
				one: 'وحدث آخر: كبّر العرض أو ضيّق نطاق البحث',
				two: 'وحدثان آخران: كبّر العرض أو ضيّق نطاق البحث',
				few: `و${num.count(count)} أحداث أخرى: كبّر العرض أو ضيّق نطاق البحث`,
				many: `و${num.count(count)} حدثًا آخر: كبّر العرض أو ضيّق نطاق البحث`,
				other: `و${num.count(count)} حدث آخر: كبّر العرض أو ضيّق نطاق البحث`
			}),
		noneInView: 'لا أحداث في النطاق المعروض.'
	}
} satisfies Messages['find'];
