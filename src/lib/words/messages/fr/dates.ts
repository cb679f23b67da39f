import type { Messages } from '../en';

export default {
	between: ({ range }) => `${range} (date exacte inconnue)`,
	uncertainShort: (range) => `${range} (incertain)`,
	precision: {
		uncertain: 'date incertaine',
		range: 'période',
		year: 'année seulement',
		month: 'mois seulement',
		day: 'jour',
		time: 'heure exacte'
	}
} satisfies Messages['dates'];
