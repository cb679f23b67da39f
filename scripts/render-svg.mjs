// Render an SVG file to PNG with resvg and the shipped DejaVu fonts: `node scripts/render-svg.mjs in.svg out.png [scale]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const [input, output, scale = '1'] = process.argv.slice(2);
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'].map(
	(f) => join(dir, f)
);
const r = new Resvg(readFileSync(input, 'utf8'), {
	font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
	fitTo: { mode: 'zoom', value: Number(scale) }
});
writeFileSync(output, r.render().asPng());
