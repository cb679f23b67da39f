import type { Messages } from '../en';

export default {
	levels: {
		primary: 'مصدر أولي',
		corroborated: 'مؤكَّد بتقارير مستقلة',
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
			zero: 'غير مؤكَّد بتقارير مستقلة',
			one: 'مؤكَّد بتقرير مستقل واحد',
			two: 'مؤكَّد بتقريرين مستقلين',
			few: `مؤكَّد بـ${count} تقارير مستقلة`,
			many: `مؤكَّد بـ${count} تقريرًا مستقلًا`,
			other: `مؤكَّد بـ${count} تقرير مستقل`
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
			unsourced: 'كل الأحداث، بما فيها ادعاءات المواقع المستنسخة',
			unreliable: 'إخفاء الأحداث التي لم يُذكر لها مصدر',
			single: 'إخفاء الادعاءات التي لا تنقلها إلا مصادر غير موثوقة',
			corroborated: 'المؤكَّدة أو ذات المصدر الأولي فقط',
			primary: 'الأحداث ذات المصدر الأولي فقط'
		}
	},
	legend: {
		label: 'دليل الرموز',
		point: 'يوم أو وقت محدد',
		band: 'الشهر أو السنة فقط',
		bar: 'فترة زمنية',
		fade: 'غير مؤكد: بين تاريخين',
		cluster: '+N أحداث أخرى: تكبير',
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
		citedFrom: ({ timeline, link }) => `مقتبس من «${timeline}»: ${link}`,
		localFile: 'ملف مقروء على هذا الجهاز'
	},
	quote: {
		translatedFrom: ({ language, by }) => `ترجمة: ${by}؛ لغة الأصل: ${language}.`,
		translatedBy: (by) => `ترجمة: ${by}.`,
		translation: ({ by, text }) => `ترجمة (${by}): ${text}`,
		check: {
			unchecked: 'لم يُطابَق مع نسخة مؤرشفة.',
			uncheckedLookalike: 'لم يُطابَق مع نسخة مؤرشفة؛ المصدر موقع مستنسخ معروف.',
			absent: 'غير موجود في النص المؤرشف.',
			verbatim: 'يرد حرفيًا في النص المؤرشف.',
			lookalike: 'يرد حرفيًا في النص المؤرشف لموقع مستنسخ معروف.',
			rewriteOf: (publisher) => `يرد حرفيًا في النص المؤرشف لإعادة صياغة لتقرير ${publisher}، لا في الأصل.`,
			rewrite: 'يرد حرفيًا في النص المؤرشف لإعادة صياغة لتقرير آخر، لا في الأصل.'
		}
	},
	sources: {
		kinds: {
			primary: 'أولي',
			wire: 'وكالة أنباء',
			news: 'وسيلة إعلام',
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
			attribution: 'مصدر الكلام',
			quote: 'اقتباساته',
			claim: 'صيغ ادعاءاته'
		},
		only: (names) => `لا يدعم إلا ${names}: لا يُحتسب تقريرًا عن الحدث.`,
		withDate: (names) => `يدعم ${names}.`,
		notDate: (names) => `يدعم ${names}، لا التاريخ.`,
		// The conjunction و is written joined to the word after it.
		and: (items) =>
			items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join('، ')} و${items[items.length - 1]}`
	},
	claims: { variant: 'الصيغة', carriedBy: 'المصادر الناقلة' },
	archive: {
		copy: { full: 'نسخة مؤرشفة (النص الكامل)', passages: 'نسخة مؤرشفة (مقتطفات)' },
		captured: (when) => `التُقطت: ${when}`,
		retrieved: (when) => `استُرجعت: ${when}`,
		noTime: 'وقت الالتقاط غير مسجَّل',
		open: 'فتح النسخة المؤرشفة',
		show: 'عرض النص المؤرشف',
		hide: 'إخفاء النص المؤرشف',
		loading: 'جارٍ تحميل النص المؤرشف…',
		textOf: (publisher) => `النص المؤرشف من ${publisher}`,
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
