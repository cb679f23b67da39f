// `node scripts/bench/build-time.mjs [timelines] [events]`: how long `npm run build` takes for a site
// of many timelines (default 20 of 1,000 events each, the benchmark's synthetic data), built in a
// copy of the project so the working tree is untouched. Prints the time and what was written.
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from './generate.mjs';

const [count = 20, events = 1000] = process.argv.slice(2).map(Number);
const root = new URL('../../', import.meta.url).pathname;
const copy = mkdtempSync(join(tmpdir(), 'sourceline-build-time-'));
const skip = new Set(['node_modules', 'build', '.svelte-kit', 'test-results', 'bench-results', '.git', 'scratch']);
for (const entry of readdirSync(root))
	if (!skip.has(entry)) cpSync(join(root, entry), join(copy, entry), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
for (let i = 1; i <= count; i++) {
	const t = generate(events);
	writeFileSync(
		join(copy, `timelines/synthetic-${i}.json`),
		JSON.stringify({ ...t, id: `synthetic-${i}`, title: `Synthetic timeline ${i}` })
	);
}
const started = performance.now();
execFileSync('node', ['scripts/build.mjs'], { cwd: copy, stdio: 'ignore' });
const seconds = (performance.now() - started) / 1000;
let files = 0;
let bytes = 0;
const walk = (d) => {
	for (const f of readdirSync(d)) {
		const p = join(d, f);
		const s = statSync(p);
		if (s.isDirectory()) walk(p);
		else {
			files++;
			bytes += s.size;
		}
	}
};
walk(join(copy, 'build'));
console.log(
	`${count} timelines of ${events} events (+ the story): build ${seconds.toFixed(1)} s, ${files} files, ${(bytes / 1024 / 1024).toFixed(0)} MB`
);
rmSync(copy, { recursive: true, force: true });
