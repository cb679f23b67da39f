import type { Messages } from '../en';
import dates from './dates';
import evidence from './evidence';
import find from './find';
import load from './load';
import share from './share';
import site from './site';
import timeline from './timeline';

export default { dates, evidence, find, load, share, site, timeline } satisfies Messages;
