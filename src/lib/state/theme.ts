/**
 * The reader's colour scheme: "system" follows `prefers-color-scheme`, "light" and "dark" are a manual
 * choice, remembered on the device. static/theme.js applies a stored choice before the first paint
 * (as `<html data-theme>`), with the same key and values (a test holds them equal).
 */
import type { Scheme } from '$lib/timeline/encoding';

/** What the reader picked in the switch. */
export type ThemeChoice = 'system' | Scheme;
/** The choices, in the switch's order. */
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
/** The localStorage key of a manual choice (absent for "system"). */
export const THEME_KEY = 'sourceline-theme';

/** A stored value as a choice: anything but "light" or "dark" is "system". */
export function parseChoice(stored: string | null | undefined): ThemeChoice {
	return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** The scheme a choice shows, given whether the system prefers dark. */
export function schemeOf(choice: ThemeChoice, systemDark: boolean): Scheme {
	return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/** The scheme of an export: light unless the reader chose dark by hand (a dark system alone keeps exports light, for print and for pages they are put in). */
export function exportScheme(choice: ThemeChoice): Scheme {
	return choice === 'dark' ? 'dark' : 'light';
}
