// The lint rules that keep data out of HTML sinks must stay in force: this fails if they erode.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The project's config, linting probes that do not exist on disk: without type information (which
 * needs a real file), so the type-aware rules are off; the rules under test are untouched.
 */
const eslint = new ESLint({
	cwd: new URL('..', import.meta.url).pathname,
	overrideConfig: {
		files: ['**/*.ts', '**/*.svelte'],
		languageOptions: { parserOptions: { projectService: false } },
		rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' }
	}
});

async function errors(code: string, filePath: string): Promise<string[]> {
	const [r] = await eslint.lintText(code, { filePath });
	return (r?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('HTML sinks are lint errors in src/', { timeout: 60_000 }, () => {
	it.each([
		['innerHTML', 'export function f(el: HTMLElement, s: string) {\n\tel.innerHTML = s;\n}\n'],
		['outerHTML', 'export function f(el: HTMLElement, s: string) {\n\tel.outerHTML = s;\n}\n'],
		[
			'insertAdjacentHTML',
			"export function f(el: HTMLElement, s: string) {\n\tel.insertAdjacentHTML('beforeend', s);\n}\n"
		],
		['document.write', 'export function f(s: string) {\n\tdocument.write(s);\n}\n'],
		['eval', 'export function f(s: string) {\n\treturn eval(s);\n}\n']
	])('%s', async (_name, code) => {
		expect(await errors(code, 'src/lib/sink-probe.ts')).toContain('no-restricted-syntax');
	});
	it('{@html} in a component', async () => {
		const code = '<script lang="ts">\n\tlet { s }: { s: string } = $props();\n</script>\n\n{@html s}\n';
		const [r] = await eslint.lintText(code, { filePath: 'src/lib/components/LintProbe.svelte' });
		expect(r!.messages.map((m) => m.ruleId)).toContain('svelte/no-at-html-tags');
	});
});
