/**
 * The English words as a module, for what runs outside a page: the server's pages and cards, the
 * command line, the tests. A page never imports this: it fetches its own language's catalogue (see
 * `catalogue.ts`), so an English page's bundle carries no other language and a German page no English.
 */
import en from './messages/en';
import { englishDates } from './dates';
import { wordsOf, type Words } from './words';

export const ENGLISH: Words = wordsOf('en', en, englishDates(en.dates));
