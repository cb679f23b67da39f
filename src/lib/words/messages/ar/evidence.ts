import type { Messages } from '../en';

/** A name from the data (a translator, a publisher) set apart from the Arabic around it (first-strong isolate). */
const iso = (s: string) => `\u2068${s}\u2069`;

export default {
	levels: {
		primary: 'مصدر أولي',
		corroborated: 'مدعوم بتقارير مستقلة',
		single: 'تقرير واحد فقط',
		unreliable: 'مصادر غير موثوقة فقط',
		unsourced: 'لم يُذكر مصدر'
	},
	verdict: {
		primaryAndMore: (count) => ({
			zero: 'مصدر أولي، دون تقارير مستقلة أخرى',
			one: 'مصدر أولي، ومعه تقرير مستقل آخر',
			two: 'مصدر أولي، ومعه تقريران مستقلان آخران',
			few: `مصدر أولي، ومعه ${count} تقارير مستقلة أخرى`,
			many: `مصدر أولي، ومعه ${count} تقريرًا مستقلًا آخر`,
			other: `مصدر أولي، ومعه ${count} تقرير مستقل آخر`
		}),
		corroborated: (count) => ({
			zero: 'لا تدعمه تقارير مستقلة',
			one: 'مدعوم بتقرير مستقل واحد',
			two: 'مدعوم بتقريرين مستقلين',
			few: `مدعوم بـ${count} تقارير مستقلة`,
			many: `مدعوم بـ${count} تقريرًا مستقلًا`,
			other: `مدعوم بـ${count} تقرير مستقل`
		}),
		noReport: 'لا يورد أي مصدر الحدث نفسه',
		primaryUnchecked: 'لم يُتحقَّق من المصدر الأولي',
		disputed: 'المصادر متضاربة',
		separator: '؛ '
	},
	confidence: {
		date: 'التاريخ',
		attribution: 'نسبة القول',
		dateAndAttribution: 'التاريخ ونسبة القول',
		levels: { high: 'درجة ثقة عالية', medium: 'درجة ثقة متوسطة', low: 'درجة ثقة منخفضة' },
		of: ({ what, level }) => `${what}: ${level}`
	},
	filter: {
		label: 'عرض',
		choices: {
			unsourced: 'كل الأحداث، مع ادعاءات المواقع المستنسخة',
			unreliable: 'إخفاء الأحداث التي لم يُذكر لها مصدر',
			single: 'إخفاء الادعاءات التي لا تنقلها إلا مصادر غير موثوقة',
			corroborated: 'المدعومة بتقارير مستقلة أو ذات المصدر الأولي فقط',
			primary: 'الأحداث ذات المصدر الأولي فقط'
		}
	},
	legend: {
		label: 'دليل الرموز',
		point: 'يوم أو وقت محدد',
		band: 'الشهر أو السنة فقط',
		bar: 'فترة زمنية',
		fade: 'غير مؤكد: بين تاريخين',
		cluster: '+N أحداث أخرى: كبّر العرض',
		multi: 'حدث واحد في عدة مسارات'
	},
	panel: {
		label: 'الحدث المفتوح',
		close: 'إغلاق',
		closeTitle: 'إغلاق (Esc)',
		quote: 'اقتباس',
		quotes: 'اقتباسات',
		contradicts: 'يتعارض هذا الادعاء مع الحدث «{other}».',
		claims: 'مواضع تضارب المصادر',
		sources: (count) => `المصادر (${count})`,
		allSources: 'عرض كل المصادر وأصولها',
		failed: 'حدث خطأ أثناء عرض هذا الحدث.',
		citedFrom: ({ timeline, link }) => `نقلًا عن الخط الزمني «${iso(timeline)}»: ${link}`,
		localFile: 'ملف مقروء على هذا الجهاز'
	},
	quote: {
		translatedFrom: ({ language, by }) => `ترجمة عن ${language}: ${iso(by)}.`,
		translatedBy: (by) => `ترجمة: ${iso(by)}.`,
		comma: '،',
		translation: ({ by, text }) => `ترجمة (${by}): ${text}`,
		check: {
			unchecked: 'لم يُقارَن بنسخة مؤرشفة.',
			uncheckedLookalike: 'لم يُقارَن بنسخة مؤرشفة؛ والمصدر موقع مستنسخ معروف.',
			absent: 'لا يرد في النص المؤرشف.',
			verbatim: 'يرد حرفيًا في النص المؤرشف.',
			lookalike: 'يرد حرفيًا في النص المؤرشف لموقع مستنسخ معروف.',
			rewriteOf: (publisher) =>
				`يرد حرفيًا في النص المؤرشف لتقرير يعيد صياغة تقرير ${iso(publisher)}، لا في التقرير الأصلي.`,
			rewrite: 'يرد حرفيًا في النص المؤرشف لتقرير يعيد صياغة تقرير آخر، لا في التقرير الأصلي.'
		}
	},
	sources: {
		kinds: {
			primary: 'مصدر أولي',
			wire: 'وكالة أنباء',
			news: 'وسيلة إعلامية',
			derivative: 'إعادة صياغة',
			unreliable: 'غير موثوق',
			unknown: 'غير معروف'
		},
		dateNotShown: 'التاريخ غير مذكور',
		rewriteOf: (publisher) => `إعادة صياغة لتقرير ${publisher}`,
		primaryAsReport: 'احتُسب تقريرًا واحدًا لا مصدرًا أوليًا: لا تُظهر أي نسخة مؤرشفة اقتباسًا ينسبه الحدث إليه.',
		noArchive: 'لا توجد نسخة مؤرشفة.',
		noAddress: 'لا يوجد عنوان صالح',
		comma: '، '
	},
	support: {
		kinds: {
			event: 'الحدث',
			date: 'التاريخ',
			attribution: 'نسبة القول',
			quote: 'اقتباساته',
			claim: 'صيغ ادعاءاته'
		},
		only: (names) => `لا يدعم إلا ${names}: لا يُحتسب تقريرًا عن الحدث.`,
		withDate: (names) => `يدعم ${names}.`,
		notDate: (names) => `يدعم ${names}، لا التاريخ.`,
		// Arabic repeats و before every item after the first, written joined to the word: "الحدث والتاريخ واقتباساته".
		and: (items) => items.join(' و')
	},
	claims: { variant: 'الصيغة', carriedBy: 'المصادر الناقلة' },
	archive: {
		copy: { full: 'نسخة مؤرشفة (النص الكامل)', passages: 'نسخة مؤرشفة (مقتطفات)' },
		captured: (when) => `التُقطت في ${when}`,
		retrieved: (when) => `استُرجعت في ${when}`,
		noTime: 'وقت الالتقاط غير مسجَّل',
		open: 'فتح النسخة المؤرشفة',
		show: 'عرض النص المؤرشف',
		hide: 'إخفاء النص المؤرشف',
		loading: 'جارٍ تحميل النص المؤرشف…',
		textOf: (publisher) => `النص المؤرشف من ${iso(publisher)}`,
		failed: {
			none: 'لا توجد نسخة مؤرشفة لهذا المصدر.',
			unpublished: 'النص المؤرشف غير منشور مع هذه الصفحة.',
			offsite: 'النص المؤرشف ليس على هذا الموقع.',
			offline: 'تعذّر جلب النص المؤرشف؛ يُرجى المحاولة مجددًا عند الاتصال بالإنترنت.',
			status: (status) => `تعذّر جلب النص المؤرشف (ردّ الخادم: ${status}).`,
			tooLong: 'النص المؤرشف الذي وصل أطول من اللازم.',
			mismatch: (digest) =>
				`النص الذي وصل لا يطابق قيمة SHA-256 للنسخة المؤرشفة (تبدأ بصمته بـ ${digest}…)، لذا لا يُعرض.`
		}
	}
} satisfies Messages['evidence'];
