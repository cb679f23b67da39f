import type { Messages } from '../en';

export default {
	between: ({ range }) => `у проміжку ${range}`,
	uncertainShort: (range) => `${range} (неточно)`,
	precision: {
		uncertain: 'неточна дата',
		range: 'діапазон дат',
		year: 'лише рік',
		month: 'лише місяць',
		day: 'день',
		time: 'точний час'
	}
} satisfies Messages['dates'];
