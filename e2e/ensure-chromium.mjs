// Before the e2e tests: make sure a Chromium exists, installing Debian's as root when it can.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log("No Chromium found: installing Debian's chromium (apt-get install -y chromium)…");
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core', {
		stdio: 'inherit'
	});
	if (findChromium()) process.exit(0);
}
console.error(
	'No Chromium found for the end-to-end tests. Run one of:\n' +
		'  npx playwright install chromium      (any machine with internet access)\n' +
		'  sudo apt-get install -y chromium     (Debian/Ubuntu)\n' +
		'or set CHROMIUM_PATH to a Chromium binary.'
);
process.exit(1);
