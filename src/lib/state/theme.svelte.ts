/**
 * The page's colour scheme as state: the reader's choice (from the switch, remembered on the device)
 * and the system's preference, and the drawing palette they select. One per document, shared by the
 * header's switch, the timeline and the export.
 */
import { PALETTES, type Palette, type Scheme } from '$lib/timeline/encoding';
import { THEME_KEY, exportScheme, parseChoice, schemeOf, type ThemeChoice } from './theme';

const browser = typeof window !== 'undefined';

export class Theme {
	/** What the reader picked. */
	choice = $state<ThemeChoice>('system');
	/** Whether the system (or the host of an embed) prefers dark. */
	systemDark = $state(false);
	/** The page is being printed: paper is white, so the drawing is light (as the stylesheet is). */
	printing = $state(false);
	/** The scheme on screen. */
	scheme: Scheme = $derived(this.printing ? 'light' : schemeOf(this.choice, this.systemDark));
	/** The colours the timeline is drawn in. */
	palette: Palette = $derived(PALETTES[this.scheme]);
	/** The colours of an export: light unless the reader chose dark. */
	exportPalette: Palette = $derived(PALETTES[exportScheme(this.choice)]);

	constructor() {
		if (!browser) return;
		// The early script has already applied a stored choice; start from it, so the first render
		// (which hydrates the prerendered light drawing) already has the page's colours.
		this.choice = parseChoice(document.documentElement.dataset.theme);
		const query = matchMedia('(prefers-color-scheme: dark)');
		this.systemDark = query.matches;
		query.addEventListener('change', (e) => (this.systemDark = e.matches));
		addEventListener('beforeprint', () => (this.printing = true));
		addEventListener('afterprint', () => (this.printing = false));
	}

	/** Switch to a choice, apply it to the page and remember it ("system" forgets the manual one). */
	choose(choice: ThemeChoice) {
		this.choice = choice;
		const root = document.documentElement;
		if (choice === 'system') delete root.dataset.theme;
		else root.dataset.theme = choice;
		try {
			if (choice === 'system') localStorage.removeItem(THEME_KEY);
			else localStorage.setItem(THEME_KEY, choice);
		} catch {
			// Storage blocked: the choice holds for this page only.
		}
	}
}

let shared: Theme | undefined;
/** The document's theme (created on first use; on the server, always light). */
export function getTheme(): Theme {
	return (shared ??= new Theme());
}
