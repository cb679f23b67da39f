import type { Messages } from '../en';

export default {
	between: ({ range }) => `${range} (fecha exacta desconocida)`,
	uncertainShort: (range) => `${range} (incierto)`,
	precision: {
		uncertain: 'fecha incierta',
		range: 'periodo',
		year: 'solo el año',
		month: 'solo el mes',
		day: 'día',
		time: 'hora exacta'
	}
} satisfies Messages['dates'];
