import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Direct HTML sinks: data must never become markup, so these are errors everywhere in src/. */
const htmlSinks = [
	{
		selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
		message: 'Do not assign HTML: render text with Svelte instead.'
	},
	{
		selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
		message: 'Do not insert HTML strings.'
	},
	{
		selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
		message: 'Do not use document.write.'
	},
	{ selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
	{ selector: "CallExpression[callee.name='eval']", message: 'No eval.' }
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'bench-results/',
			'playwright-report/',
			'scratch/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		// Type-aware promise rules: a dropped promise hides its failure, and an async handler where a
		// plain callback is expected runs unawaited.
		files: ['**/*.ts', '**/*.svelte'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		files: ['src/**'],
		rules: {
			'no-restricted-syntax': ['error', ...htmlSinks],
			'svelte/no-at-html-tags': 'error',
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	}
);
