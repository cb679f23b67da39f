import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { THEME_KEY, exportScheme, parseChoice, schemeOf } from './theme';

describe('theme: the reader’s choice and the scheme it shows', () => {
	it.each([
		['light', 'light'],
		['dark', 'dark'],
		['system', 'system'],
		[null, 'system'],
		['Dark', 'system'],
		['<script>', 'system']
	] as const)('a stored %s is the choice %s', (stored, choice) => {
		expect(parseChoice(stored)).toBe(choice);
	});

	it.each([
		['system', false, 'light'],
		['system', true, 'dark'],
		['light', true, 'light'],
		['dark', false, 'dark']
	] as const)('%s with a dark system = %s shows %s', (choice, systemDark, scheme) => {
		expect(schemeOf(choice, systemDark)).toBe(scheme);
	});

	it('an export is dark only when the reader chose dark by hand', () => {
		expect([exportScheme('system'), exportScheme('light'), exportScheme('dark')]).toEqual(['light', 'light', 'dark']);
	});

	it('the early script reads the same key and values, and sets only data-theme', () => {
		const js = readFileSync('static/theme.js', 'utf8');
		expect(js).toContain(`'${THEME_KEY}'`);
		expect(js).toMatch(/=== 'light' \|\| \w+ === 'dark'/);
		expect(js).toContain('dataset.theme');
	});
});
