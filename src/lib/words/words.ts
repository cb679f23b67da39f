/** Everything the interface says in one language: its messages, dates and numbers. */
import type { Messages } from './messages/en';
import type { DateWords } from './dates';
import { dirOf, type Locale } from './locales';
import { numbersFor, type Numbers } from './plural';

export interface Words {
	readonly locale: Locale;
	readonly dir: 'ltr' | 'rtl';
	readonly m: Messages;
	readonly date: DateWords;
	readonly num: Numbers;
}

export function wordsOf(locale: Locale, m: Messages, date: DateWords): Words {
	return { locale, dir: dirOf(locale), m, date, num: numbersFor(locale) };
}
