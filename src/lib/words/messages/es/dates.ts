import type { Messages } from '../en';

/** A day ("11 de diciembre de 2025", with or without a time) takes the article; a month or a year does not. */
const isDay = (date: string) => /^\d{1,2} de /.test(date);
const el = (date: string, day: boolean) => (day ? `el ${date}` : date);

/**
 * "entre el 11 y el 23 de diciembre de 2025", "entre el 28 de noviembre y el 3 de diciembre de 2025",
 * "entre noviembre y diciembre de 2025": what two ends of the same precision share (" de diciembre de
 * 2025", " de 2025") is said once, at the end.
 */
function between(from: string, to: string): string {
	const day = isDay(from);
	if (day === isDay(to)) {
		for (const tail of [/ de [^\d\s,]+ de -?\d+$/, / de -?\d+$/]) {
			const shared = tail.exec(from)?.[0];
			if (shared !== undefined && to.endsWith(shared) && from.length > shared.length)
				return `entre ${el(from.slice(0, -shared.length), day)} y ${el(to, day)}`;
		}
	}
	return `entre ${el(from, day)} y ${el(to, isDay(to))}`;
}

export default {
	between: ({ from, to }) => between(from, to),
	uncertainShort: (range) => `${range} (fecha incierta)`,
	precision: {
		uncertain: 'fecha incierta',
		range: 'intervalo de fechas',
		year: 'solo el año',
		month: 'solo el mes',
		day: 'día',
		time: 'hora exacta'
	}
} satisfies Messages['dates'];
