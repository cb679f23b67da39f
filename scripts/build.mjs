// `npm run build`: `vite build`, then the preview cards rendered to PNG (scripts/render-cards.ts)
// and the hosts' header file (scripts/headers.mjs),
// with the output shown as usual and kept in .svelte-kit/build-output.txt, where a unit test fails
// on any warning in it.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

let log = '';
/** Run a command, showing and keeping its output; resolves to its exit code. */
const run = (cmd, args) =>
	new Promise((resolve) => {
		const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
		child.stdout.on('data', (d) => (process.stdout.write(d), (log += d)));
		child.stderr.on('data', (d) => (process.stderr.write(d), (log += d)));
		child.on('close', (code) => resolve(code ?? 1));
	});

let code = await run('npx', ['vite', 'build']);
if (code === 0) code = await run('npx', ['tsx', 'scripts/render-cards.ts', 'build']);
if (code === 0) code = await run('node', ['scripts/headers.mjs', 'build']);
mkdirSync('.svelte-kit', { recursive: true });
writeFileSync('.svelte-kit/build-output.txt', log);
process.exit(code);
