/** How this language writes what both the load area and its problems say: quotes, counts. */
import type { Numbers } from '../../plural';

/**
 * A value from the file (a name, an id, a column) set apart from the Arabic around it: a first-strong
 * isolate, so a Latin value's trailing punctuation and a number after it keep their places in a
 * right-to-left line ("لم يُحمَّل broken.csv: 4 مشكلات", not "… 4 :broken.csv …").
 */
export const iso = (s: string) => `\u2068${s}\u2069`;
export const q = (s: string) => `«${iso(s)}»`;
/** "بـ" joined to a number, "ب" to a word: "بـ3 مصادر", "بمصدر واحد". */
export const bi = (s: string) => (/^\d/.test(s) ? `بـ${s}` : `ب${s}`);
/**
 * A count with its noun as Arabic counts it: the singular (with "one") for 1, the dual for 2, the
 * plural for 3 to 10, the accusative singular for 11 to 99, the singular for 100 and up.
 */
export type Noun = [one: string, two: string, few: string, many: string, other: string];
export const counted = (count: number, [one, two, few, many, other]: Noun, num: Pick<Numbers, 'count' | 'plural'>) => {
	const x = num.count(count);
	return num.plural(count, {
		zero: `${x} ${few}`,
		one,
		two,
		few: `${x} ${few}`,
		many: `${x} ${many}`,
		other: `${x} ${other}`
	});
};
/** The dual after a preposition, "لدى" or "من أصل" (genitive): "مصدرين", not "مصدران". */
export const dualGenitive = (two: string) =>
	two
		.split(' ')
		.map((w) =>
			w.endsWith('آن')
				? `${w.slice(0, -2)}أين`
				: w.endsWith('ان')
					? `${w.slice(0, -2)}ين`
					: w.endsWith('ا')
						? `${w.slice(0, -1)}ي`
						: w
		)
		.join(' ');
export const G = ([one, two, few, many, other]: Noun): Noun => [one, dualGenitive(two), few, many, other];
export const EVENT: Noun = ['حدث واحد', 'حدثان', 'أحداث', 'حدثًا', 'حدث'];
export const SOURCE: Noun = ['مصدر واحد', 'مصدران', 'مصادر', 'مصدرًا', 'مصدر'];
export const QUOTE: Noun = ['اقتباس واحد', 'اقتباسان', 'اقتباسات', 'اقتباسًا', 'اقتباس'];
