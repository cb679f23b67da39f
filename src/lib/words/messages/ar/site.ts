import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'كل الخطوط الزمنية',
	previewingFile: 'معاينة {file} (يُقرأ الملف في متصفحك ولا يُرفع إلى أي خادم).',
	showingLink: 'يُعرض {file}، وهو الخط الزمني الذي يشير إليه هذا الرابط ({param}).',
	backToHome: 'العودة إلى القصة المدمجة',
	language: 'اللغة',
	theme: 'المظهر',
	themes: { system: 'حسب النظام', light: 'فاتح', dark: 'داكن' },
	list: {
		title: 'الخطوط الزمنية',
		pageTitle: 'الخطوط الزمنية — Sourceline',
		events: (count, num) =>
			num.plural(count, {
				zero: 'لا أحداث',
				one: 'حدث واحد',
				two: 'حدثان',
				few: `${num.count(count)} أحداث`,
				many: `${num.count(count)} حدثًا`,
				other: `${num.count(count)} حدث`
			}),
		// After the number of events: "13 حدثًا · 2 منها لا تستند إلا إلى مصادر غير موثوقة".
		unreliableOnly: (count, num) =>
			num.plural(count, {
				one: 'واحد منها لا يستند إلا إلى مصادر غير موثوقة',
				two: 'اثنان منها لا يستندان إلا إلى مصادر غير موثوقة',
				other: `${num.count(count)} منها لا تستند إلا إلى مصادر غير موثوقة`
			}),
		unsourced: (count, num) =>
			num.plural(count, {
				one: 'واحد منها لم يُذكر له مصدر',
				two: 'اثنان منها لم يُذكر لهما مصدر',
				other: `${num.count(count)} منها لم يُذكر لها مصدر`
			}),
		noEvents: 'لا أحداث بعد'
	},
	notFound: {
		title: 'غير موجود',
		error: 'حدث خطأ ما',
		pageTitle: 'غير موجود — Sourceline',
		errorPageTitle: 'خطأ — Sourceline',
		noEvent: (id) => `لا يوجد في هذا الخط الزمني حدث بالمعرّف «${id}». ربما غُيّر اسمه أو حُذف.`,
		noPage: 'هذه الصفحة غير موجودة.',
		back: 'العودة إلى الخط الزمني'
	}
} satisfies Messages['site'];
