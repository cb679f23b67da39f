import { describe, expect, it } from 'vitest';
import { splitPhrase } from './phrase';

describe('a phrase with places', () => {
	it('alternates text and the names of its places, in the order the language puts them', () => {
		expect(splitPhrase('Showing {file}, the timeline this link names ({param}).')).toEqual([
			'Showing ',
			'file',
			', the timeline this link names (',
			'param',
			').'
		]);
		expect(splitPhrase('{file} wird angezeigt')).toEqual(['', 'file', ' wird angezeigt']);
		expect(splitPhrase('no places')).toEqual(['no places']);
	});
});
