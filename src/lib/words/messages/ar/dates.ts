import type { Messages } from '../en';

export default {
	between: ({ range }) => `في الفترة ${range}`,
	uncertainShort: (range) => `${range} (غير مؤكد)`,
	precision: {
		uncertain: 'تاريخ غير مؤكد',
		range: 'فترة زمنية',
		year: 'السنة فقط',
		month: 'الشهر فقط',
		day: 'يوم محدد',
		time: 'وقت محدد'
	}
} satisfies Messages['dates'];
