import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'كل الخطوط الزمنية',
	previewingFile: 'معاينة {file} (يُقرأ الملف في متصفحك ولا يُرفع إلى أي خادم).',
	showingLink: 'يُعرض {file}، وهو الخط الزمني الذي يشير إليه هذا الرابط ({param}).',
	backToHome: 'العودة إلى القصة المدمجة',
	language: 'اللغة',
	theme: 'المظهر',
	themes: { system: 'حسب النظام', light: 'فاتح', dark: 'داكن' }
} satisfies Messages['site'];
