import { readFileSync } from 'node:fs';

// How fast this machine is at the moment: a fixed single-threaded workload, timed. A shared VM's
// speed moves within minutes (the same page took 0.4 s and then 1.1 s to its first render), so each
// bench run carries the check taken just before and just after it, to tell the app from the machine.

/** Fill, sort and serialise a fixed pseudo-random array: about 30 ms on the project's machine. */
function workload() {
	const n = 200_000;
	const a = new Float64Array(n);
	let x = 12345;
	for (let i = 0; i < n; i++) {
		x = (x * 1103515245 + 12345) % 2147483648;
		a[i] = x;
	}
	a.sort();
	const parts = [];
	for (let i = 0; i < 20_000; i++) parts.push(`item-${a[i * 10].toString(36)}`);
	return JSON.parse(JSON.stringify(parts)).length + a[n >> 1];
}

/** Median time of `reps` runs of the workload, in ms (one unmeasured run first, for the JIT). */
export function cpuCheck(reps = 5) {
	workload();
	const times = [];
	for (let r = 0; r < reps; r++) {
		const t0 = performance.now();
		workload();
		times.push(performance.now() - t0);
	}
	times.sort((p, q) => p - q);
	return times[Math.floor(reps / 2)];
}

/**
 * CPU time the hypervisor gave to other guests so far, in ms, summed over cores (Linux's steal time;
 * NaN elsewhere). On this VM a zoom of 2 s has lost up to 2.7 s of it, and then misses frames.
 */
export function stealMs() {
	try {
		const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
		return Number(cpu[8]) * (1000 / 100);
	} catch {
		return NaN;
	}
}
