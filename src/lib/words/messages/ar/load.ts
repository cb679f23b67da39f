import type { Messages } from '../en';
import { iso } from './grammar';

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
	refused: {
		unworded: (file) => `لم يُحمَّل ${iso(file)}، وتعذّر جلب السبب: تحقّق من الاتصال ثم أعد المحاولة.`,
		retry: 'إعادة المحاولة',
		dismiss: 'إغلاق'
	}
} satisfies Messages['load'];
