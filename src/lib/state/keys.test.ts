import { describe, expect, it } from 'vitest';
import { keyAction } from './keys';

const base = { shift: false, hasSelection: false, inField: false, mod: false };

describe('keyAction', () => {
	it.each([
		['+', base, { kind: 'zoom', factor: 2 }],
		['=', base, { kind: 'zoom', factor: 2 }],
		['-', base, { kind: 'zoom', factor: 0.5 }],
		['ArrowLeft', base, { kind: 'pan', fraction: -0.2 }],
		['ArrowRight', { ...base, hasSelection: true }, { kind: 'step', dir: 1 }],
		['ArrowLeft', { ...base, hasSelection: true }, { kind: 'step', dir: -1 }],
		['ArrowRight', { ...base, hasSelection: true, shift: true }, { kind: 'pan', fraction: 0.2 }],
		['Escape', { ...base, hasSelection: true }, { kind: 'close' }],
		['Escape', base, null],
		['+', { ...base, inField: true }, null],
		['+', { ...base, mod: true }, null],
		['a', base, null]
	])('%s %j → %j', (key, opts, action) => expect(keyAction(key, opts)).toEqual(action));
});
