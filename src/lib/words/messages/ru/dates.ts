import type { Messages } from '../en';

export default {
	between: ({ range }) => `в период ${range}`,
	uncertainShort: (range) => `${range} (неточно)`,
	precision: {
		uncertain: 'неточная дата',
		range: 'период',
		year: 'только год',
		month: 'только месяц',
		day: 'день',
		time: 'точное время'
	}
} satisfies Messages['dates'];
