import type { Messages } from '../en';

export default {
	between: ({ range }) => `irgendwann im Zeitraum ${range}`,
	uncertainShort: (range) => `${range} (unsicher)`,
	precision: {
		uncertain: 'unsicheres Datum',
		range: 'Zeitraum',
		year: 'nur das Jahr',
		month: 'nur der Monat',
		day: 'Tag',
		time: 'genaue Uhrzeit'
	}
} satisfies Messages['dates'];
