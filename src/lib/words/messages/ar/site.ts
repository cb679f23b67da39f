import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'كل الخطوط الزمنية',
	language: 'اللغة',
	theme: 'المظهر',
	themes: { system: 'حسب النظام', light: 'فاتح', dark: 'داكن' }
} satisfies Messages['site'];
