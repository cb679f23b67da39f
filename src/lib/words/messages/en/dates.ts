/** Date phrases. The dates themselves come from `Intl` (see words/dates.ts). */
import type { DatePhrases } from '../../dates';

export default {
	between: ({ range }) => `between ${range}`,
	uncertainShort: (range) => `${range} (uncertain)`,
	precision: {
		uncertain: 'uncertain date',
		range: 'date range',
		year: 'year only',
		month: 'month only',
		day: 'day',
		time: 'exact time'
	}
} satisfies DatePhrases;
