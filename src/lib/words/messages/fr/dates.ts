import type { Messages } from '../en';

/** « le » before a day ("le 11", "le 23 décembre 2025"), nothing before a month or a year ("mars 2025", "2025"). */
const le = (s: string) => (/^\d{1,2}(\s|$)/.test(s) ? `le ${s}` : s);

export default {
	// « entre le 11 et le 23 décembre 2025 », « entre mars et mai 2025 », « entre 2024 et 2026 » : the
	// range `Intl` says once, split at its dash; both ends in full when it has no single dash.
	between: ({ range, from, to }) => {
		const ends = range.split('–');
		const [a, b] = ends.length === 2 ? ends.map((s) => s.trim()) : [from, to];
		return `entre ${le(a!)} et ${le(b!)}`;
	},
	uncertainShort: (range) => `${range} (incertaine)`,
	precision: {
		uncertain: 'date incertaine',
		range: 'plage de dates',
		year: 'année seulement',
		month: 'mois seulement',
		day: 'au jour près',
		time: 'heure exacte'
	}
} satisfies Messages['dates'];
