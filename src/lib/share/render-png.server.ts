// SVG → PNG with resvg, using the DejaVu fonts shipped as an npm package so the result is the same
// on every machine (no system fonts are read).
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The DejaVu font files resvg is given. */
export const FONT_FILES = [
	'DejaVuSans.ttf',
	'DejaVuSans-Bold.ttf',
	'DejaVuSans-Oblique.ttf',
	'DejaVuSans-BoldOblique.ttf'
].map((f) => join(fontDir, f));

/** Render an SVG string to PNG bytes, optionally scaled (2 for a 2× export). */
export function renderPng(svg: string, scale = 1): Buffer {
	const r = new Resvg(svg, {
		font: {
			fontFiles: FONT_FILES,
			loadSystemFonts: false,
			defaultFontFamily: 'DejaVu Sans',
			sansSerifFamily: 'DejaVu Sans'
		},
		fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale }
	});
	return r.render().asPng();
}
