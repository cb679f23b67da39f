import type { Messages } from '../en';

export default {
	between: ({ range }) => `в промежутке ${range}`,
	uncertainShort: (range) => `${range} (неточно)`,
	precision: {
		uncertain: 'неточная дата',
		range: 'диапазон дат',
		year: 'только год',
		month: 'только месяц',
		day: 'точная дата',
		time: 'точное время'
	}
} satisfies Messages['dates'];
