/**
 * The state of one timeline page, in small parts that each do one job: what is on screen (`data`),
 * where the reader looks (`viewport`), what is let through (`filters`), what is open (`selection`)
 * and what is drawn (`drawing`). The view as parameters (`params`) is derived from them, and every
 * address the page writes or hands out is made from it.
 */
import { createContext } from 'svelte';
import type { Timeline } from '$lib/data/model';
import type { ImportReport, Issue } from '$lib/data/formats/types';
import type { ViewParams } from '$lib/url/view-params';
import { shareLink, viewAddress, type Base, type Place } from '$lib/url/address';
import { DEFAULT_LOCALE, localeOf, type Locale } from '$lib/words/locales';
import type { Words } from '$lib/words/words';
import { startingWords } from '$lib/words/catalogue';

/** The page's words as the state reads them, with the language the reader chose (see `WordsState`). */
export type PageWords = Words & {
	readonly chosen: Locale | undefined;
	/** A timeline in another language came on screen: it is the page's own now. */
	adopt(locale: Locale): void;
};

/** English words that stay English, for a state made without a page (a test, a tool). */
const englishPage = (): PageWords => ({ ...startingWords(DEFAULT_LOCALE), chosen: undefined, adopt: () => {} });
import { keyAction } from './keys';
import { Dataset, type Opened } from './dataset.svelte';

/** A file that came in: loaded (with its import report, for a file the reader opened) or refused. */
export type Received =
	{ ok: true; timeline: Timeline; report?: ImportReport; warnings?: Issue[] } | { ok: false; errors: Issue[] };
import { Viewport, contextWindow } from './viewport.svelte';
import { Filters } from './filters.svelte';
import { Selection } from './selection.svelte';
import { Drawing } from './drawing.svelte';

export class AppState {
	readonly data: Dataset;
	readonly viewport: Viewport;
	readonly filters: Filters;
	readonly selection: Selection;
	readonly drawing: Drawing;
	/** "" on the site, "/embed" in embed mode: the base of every address. */
	readonly base: Base;
	/** The page's own timeline and where it lives, to come back to after previewing a file. */
	home: { timeline: Timeline; place: Place };
	/** Which view sits below the timeline. */
	tab = $state<'events' | 'sources'>('events');
	/** The list shows every event instead of only those in the window. */
	listShowsAll = $state(false);

	/** The view as parameters: window, filters (search, facets, lanes), selection. Every address is made from this. */
	params = $derived.by((): ViewParams => ({
		window: this.viewport.settled,
		...this.filters.params,
		event: this.selection.id ?? undefined,
		lang: this.words.chosen
	}));
	/** The view as the address bar carries it: the window only once the reader chose it (or a link did). */
	addressParams = $derived.by((): ViewParams =>
		this.viewport.chosen ? this.params : { ...this.params, window: undefined }
	);

	/** The page's words: what the state says (notices, names) is said in them, and links carry the reader's language. */
	readonly words: PageWords;

	constructor(
		timeline: Timeline,
		opts: { base?: Base; place?: Place; eventId?: string | null; words?: PageWords } = {}
	) {
		this.base = opts.base ?? '';
		this.words = opts.words ?? englishPage();
		this.home = { timeline, place: opts.place ?? { kind: 'site', path: '' } };
		this.data = new Dataset(timeline, this.home.place);
		this.viewport = new Viewport(this.data);
		this.filters = new Filters(this.data, this.words);
		this.selection = new Selection(this.data, this.filters, this.viewport);
		this.drawing = new Drawing(this.data, this.filters, this.viewport, this.words);
		this.viewport.open();
		if (opts.eventId) this.openLink({ event: opts.eventId });
	}

	/** The site-relative address of a view of this timeline (by default the one on screen, as the address bar has it). */
	address(p: ViewParams = this.addressParams, base: Base = this.base): string {
		return viewAddress(this.data.place, p, base);
	}

	/** The absolute link that gives someone else this view (on the full site unless `base` says embed); null for a file on this device. */
	link(p: ViewParams = this.params, base: Base = ''): string | null {
		return shareLink(this.data.place, p, base);
	}

	/** The window a shared link named, applied again once the whole timeline is there (see `complete`). */
	#linkWindow: ViewParams['window'];
	/** The link's filters, and what they came to: applied again to the whole timeline unless the reader changed them. */
	#linkFilters: { p: ViewParams; applied: string } | null = null;

	/** Apply what a shared link asks for: its window, filters and selection (the event's context when it names no window). */
	openLink(p: ViewParams) {
		this.#linkWindow = p.window;
		this.filters.apply(p);
		this.#linkFilters = { p, applied: JSON.stringify(this.filters.params) };
		const e = p.event ? this.data.timeline.eventById.get(p.event) : undefined;
		if (e) this.selection.select(e.id);
		if (e && !p.window) this.viewport.open(contextWindow(this.data.timeline.events, e));
		if (p.window) this.viewport.setWindow(p.window);
	}

	/** The whole of the page's timeline, where the page came with part of it: selection and window stay. */
	complete(t: Timeline) {
		const onScreen = this.data.timeline === this.home.timeline;
		this.home.timeline = t;
		if (!onScreen) return;
		this.data.timeline = t;
		// The part's zoom limits may have cut the link's window: the whole timeline's allow it.
		if (this.#linkWindow) this.viewport.setWindow(this.#linkWindow);
		// The part may not have held every actor or tag the link names: the whole timeline may.
		const lf = this.#linkFilters;
		if (lf && JSON.stringify(this.filters.params) === lf.applied) this.filters.apply(lf.p);
	}

	/** Back to the page's own timeline after previewing another. */
	goHome() {
		this.replaceTimeline(this.home.timeline, this.home.place);
	}

	/** Show another timeline; selection, filter and window start over. */
	replaceTimeline(t: Timeline, place: Place, name = '', opened: Opened | null = null) {
		this.data.show(t, place, name, opened);
		this.words.adopt(localeOf(t.language) ?? DEFAULT_LOCALE);
		this.selection.select(null);
		this.filters.clear();
		this.viewport.open();
	}

	/** Put a loaded file on screen, or keep the timeline on screen and show why the file was refused. */
	receive(result: Received, name: string, place: Place): boolean {
		if (!result.ok) {
			this.data.failed = { file: name, errors: result.errors };
			return false;
		}
		const opened = result.report ? { report: result.report, warnings: result.warnings ?? [] } : null;
		this.replaceTimeline(result.timeline, place, name, opened);
		return true;
	}

	/** Carry out a key press (see keys.ts); true when it was taken. */
	handleKey(e: KeyboardEvent): boolean {
		const inField = !!(e.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable]');
		const action = keyAction(e.key, {
			shift: e.shiftKey,
			hasSelection: this.selection.event !== null,
			inField,
			mod: e.ctrlKey || e.metaKey || e.altKey
		});
		if (!action) return false;
		if (action.kind === 'zoom') this.viewport.zoom(action.factor);
		else if (action.kind === 'pan') this.viewport.pan(action.fraction);
		else if (action.kind === 'step') this.selection.step(action.dir);
		else this.selection.select(null);
		return true;
	}
}

const [getApp, setAppContext] = createContext<AppState>();
const [getViewport, setViewport] = createContext<Viewport>();
const [getSelection, setSelection] = createContext<Selection>();
const [getFilters, setFilters] = createContext<Filters>();
const [getDataset, setDataset] = createContext<Dataset>();
const [getDrawing, setDrawing] = createContext<Drawing>();

/** Provide the page's state, and each of its parts, to the components below. */
export function setApp(app: AppState): AppState {
	setViewport(app.viewport);
	setSelection(app.selection);
	setFilters(app.filters);
	setDataset(app.data);
	setDrawing(app.drawing);
	return setAppContext(app);
}

export { getApp, getViewport, getSelection, getFilters, getDataset, getDrawing };
