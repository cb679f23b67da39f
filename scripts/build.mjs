// `npm run build`: `vite build`, with its output shown as usual and kept in
// .svelte-kit/build-output.txt, where a unit test fails on any warning in it.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const child = spawn('npx', ['vite', 'build'], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
let log = '';
child.stdout.on('data', (d) => (process.stdout.write(d), (log += d)));
child.stderr.on('data', (d) => (process.stderr.write(d), (log += d)));
child.on('close', (code) => {
	mkdirSync('.svelte-kit', { recursive: true });
	writeFileSync('.svelte-kit/build-output.txt', log);
	process.exit(code ?? 1);
});
