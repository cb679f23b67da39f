// The build's last step: every event's preview card, written by the prerender as card.svg, rendered
// to card.png (1200×630) with resvg, and the SVG removed. `tsx scripts/render-cards.ts <dir>` finds
// them and renders them in batches, each batch in a process of its own (`--batch <list>`): resvg's
// memory is freed only when its process ends (300 cards took 1 GB).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPng } from '../src/lib/share/render-png.server';

const BATCH = 250;

if (process.argv[2] === '--batch') {
	for (const svg of readFileSync(process.argv[3]!, 'utf8').split('\n').filter(Boolean)) {
		writeFileSync(svg.replace(/\.svg$/, '.png'), renderPng(readFileSync(svg, 'utf8')));
		rmSync(svg);
	}
} else {
	const dir = process.argv[2] ?? 'build';
	const cards: string[] = [];
	const walk = (d: string) => {
		for (const f of readdirSync(d)) {
			const p = join(d, f);
			if (statSync(p).isDirectory()) walk(p);
			else if (f === 'card.svg') cards.push(p);
		}
	};
	walk(dir);
	const batches: string[] = [];
	for (let i = 0; i < cards.length; i += BATCH) {
		const list = join(tmpdir(), `sourceline-cards-${process.pid}-${i}.txt`);
		writeFileSync(list, cards.slice(i, i + BATCH).join('\n'));
		batches.push(list);
	}
	const run = (list: string) =>
		new Promise<void>((resolve, reject) =>
			spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--batch', list], { stdio: 'inherit' }).on(
				'exit',
				(code) => (
					rmSync(list, { force: true }),
					code === 0 ? resolve() : reject(new Error(`a batch of cards failed (${code})`))
				)
			)
		);
	const queue = [...batches];
	const lanes = Array.from({ length: Math.max(1, Math.min(cpus().length, queue.length)) }, async () => {
		while (queue.length) await run(queue.shift()!);
	});
	await Promise.all(lanes);
	console.log(`rendered ${cards.length} preview cards`);
}
