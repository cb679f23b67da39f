// The lint rules that keep data out of HTML sinks must stay in force: this fails if they erode.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function errors(code: string, filePath: string): Promise<string[]> {
	const [r] = await eslint.lintText(code, { filePath });
	return (r?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('HTML sinks are lint errors in src/', { timeout: 60_000 }, () => {
	it.each([
		['innerHTML', 'export function f(el: HTMLElement, s: string) {\n\tel.innerHTML = s;\n}\n'],
		['outerHTML', 'export function f(el: HTMLElement, s: string) {\n\tel.outerHTML = s;\n}\n'],
		['insertAdjacentHTML', "export function f(el: HTMLElement, s: string) {\n\tel.insertAdjacentHTML('beforeend', s);\n}\n"],
		['document.write', 'export function f(s: string) {\n\tdocument.write(s);\n}\n'],
		['eval', 'export function f(s: string) {\n\treturn eval(s);\n}\n']
	])('%s', async (_name, code) => {
		expect(await errors(code, 'src/lib/sink-probe.ts')).toContain('no-restricted-syntax');
	});
	it('{@html} in a component', async () => {
		// Typed Svelte linting needs a real file in the project: write a probe, lint it, remove it.
		const probe = new URL('../src/lib/components/__lint_probe__.svelte', import.meta.url);
		writeFileSync(probe, '<script lang="ts">\n\tlet { s }: { s: string } = $props();\n</script>\n\n{@html s}\n');
		try {
			const [r] = await eslint.lintFiles([fileURLToPath(probe)]);
			expect(r!.messages.map((m) => m.ruleId)).toContain('svelte/no-at-html-tags');
		} finally {
			rmSync(probe, { force: true });
		}
	});
});
