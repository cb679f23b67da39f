/**
 * Every problem a file can have, by code, in English: the command line's wording too, so it is
 * written once, in `data/issue-english.ts`. Each other language words the same codes with the same
 * values. Fetched only when a problem is shown (an import report, a refused file).
 */
import { ENGLISH_ISSUES } from '../../../data/issue-english';

export type Issues = typeof ENGLISH_ISSUES;
export default ENGLISH_ISSUES;
