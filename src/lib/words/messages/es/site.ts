import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Todas las cronologías',
	previewingFile: 'Vista previa de {file} (se lee en su navegador, no se sube).',
	showingLink: 'Se muestra {file}, la cronología que indica este enlace ({param}).',
	backToHome: 'Volver a la historia incluida',
	language: 'Idioma',
	theme: 'Tema',
	themes: { system: 'Sistema', light: 'Claro', dark: 'Oscuro' }
} satisfies Messages['site'];
