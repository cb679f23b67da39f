/**
 * The English catalogue, the source the other languages follow: `Messages` is its type, so a key
 * missing from another language, or a message taking other parameters, fails the type check. Each
 * area of the interface has its file. Each language's catalogue is a chunk of its own, English's
 * too, fetched for a page in it (`catalogue.ts`); a file's report is apart (`report.ts`).
 */
import dates from './dates';
import evidence from './evidence';
import find from './find';
import load from './load';
import share from './share';
import site from './site';
import timeline from './timeline';

const en = { dates, evidence, find, load, share, site, timeline };

export type Messages = typeof en;
export default en;
