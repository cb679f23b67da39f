import type { Messages } from '../en';

export default {
	between: ({ range }) => `irgendwann im Zeitraum ${range}`,
	uncertainShort: (range) => `${range} (unsicher)`,
	precision: {
		uncertain: 'unsicheres Datum',
		range: 'Zeitraum',
		year: 'nur Jahresangabe',
		month: 'nur Monatsangabe',
		day: 'tagesgenau',
		time: 'genaue Uhrzeit'
	}
} satisfies Messages['dates'];
