/** What a key press does to the timeline; pure, so the mapping is tested without a browser. */

export type KeyAction =
	| { kind: 'zoom'; factor: number }
	| { kind: 'pan'; fraction: number }
	| { kind: 'step'; dir: -1 | 1 }
	| { kind: 'close' }
	| null;

/** Zoom factor of one key press or button click. */
export const ZOOM_STEP = 2;
/** Share of the window one pan moves. */
export const PAN_STEP = 0.2;

/**
 * Map a key to an action. Left/Right move the selection when an event is selected and pan otherwise;
 * with Shift they always pan. Keys typed into form fields are never taken.
 */
export function keyAction(
	key: string,
	opts: { shift: boolean; hasSelection: boolean; inField: boolean; mod: boolean }
): KeyAction {
	if (opts.inField || opts.mod) return null;
	switch (key) {
		case '+':
		case '=':
			return { kind: 'zoom', factor: ZOOM_STEP };
		case '-':
		case '_':
			return { kind: 'zoom', factor: 1 / ZOOM_STEP };
		case 'ArrowLeft':
		case 'ArrowRight': {
			const dir = key === 'ArrowLeft' ? -1 : 1;
			return opts.hasSelection && !opts.shift ? { kind: 'step', dir } : { kind: 'pan', fraction: dir * PAN_STEP };
		}
		case 'Escape':
			return opts.hasSelection ? { kind: 'close' } : null;
		default:
			return null;
	}
}
