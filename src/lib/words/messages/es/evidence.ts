import type { Messages } from '../en';

export default {
	levels: {
		primary: 'fuente primaria',
		corroborated: 'contrastado por fuentes independientes',
		single: 'una sola fuente',
		unreliable: 'solo fuentes poco fiables',
		unsourced: 'sin fuente indicada'
	},
	verdict: {
		primaryAndMore: (count) => ({
			one: `fuente primaria y ${count} fuente independiente más`,
			other: `fuente primaria y ${count} fuentes independientes más`
		}),
		corroborated: (count) => ({
			one: `contrastado por ${count} fuente independiente`,
			other: `contrastado por ${count} fuentes independientes`
		}),
		noReport: 'ninguna fuente informa del evento en sí',
		primaryUnchecked: 'fuente primaria sin cotejar',
		disputed: 'las fuentes discrepan',
		separator: '; '
	},
	confidence: {
		date: 'fecha',
		attribution: 'atribución',
		dateAndAttribution: 'fecha y atribución',
		levels: { high: 'fiabilidad alta', medium: 'fiabilidad media', low: 'fiabilidad baja' },
		of: ({ what, level }) => `${what}: ${level}`
	},
	filter: {
		label: 'Mostrar',
		choices: {
			unsourced: 'Todos los eventos, incluidos los de webs clonadas',
			unreliable: 'Ocultar los eventos sin fuente indicada',
			single: 'Ocultar las afirmaciones que solo recogen fuentes poco fiables',
			corroborated: 'Solo contrastados o con fuente primaria',
			primary: 'Solo eventos con fuente primaria'
		}
	},
	legend: {
		label: 'Leyenda',
		point: 'día u hora exacta',
		band: 'solo mes o año',
		bar: 'intervalo de fechas',
		fade: 'fecha incierta: entre dos fechas',
		cluster: '+N eventos más: acercar',
		multi: 'un evento en varios carriles'
	},
	panel: {
		label: 'Evento abierto',
		close: 'Cerrar',
		closeTitle: 'Cerrar (Esc)',
		quote: 'Cita',
		quotes: 'Citas',
		contradicts: 'Esta afirmación contradice el evento «{other}».',
		claims: 'En qué discrepan las fuentes',
		sources: (count) => `Fuentes (${count})`,
		allSources: 'Ver todas las fuentes y su origen',
		failed: 'No se ha podido mostrar este evento.',
		citedFrom: ({ timeline, link }) => `Tomado de la cronología «${timeline}»: ${link}`,
		localFile: 'un archivo leído en este dispositivo'
	},
	quote: {
		translatedFrom: ({ language, by }) => `Traducción del ${language} a cargo de ${by}.`,
		translatedBy: (by) => `Traducción a cargo de ${by}.`,
		comma: ',',
		translation: ({ by, text }) => `Traducción de ${by}: ${text}`,
		check: {
			unchecked: 'No cotejada con una copia archivada.',
			uncheckedLookalike: 'No cotejada con una copia archivada; la fuente es una web clonada conocida.',
			absent: 'No aparece en el texto archivado.',
			verbatim: 'Aparece textualmente en el texto archivado.',
			lookalike: 'Aparece textualmente en el texto archivado de una web clonada conocida.',
			rewriteOf: (publisher) =>
				`Aparece textualmente en el texto archivado de una reescritura de ${publisher}, no en el original.`,
			rewrite: 'Aparece textualmente en el texto archivado de una reescritura de otra información, no en el original.'
		}
	},
	sources: {
		kinds: {
			primary: 'primaria',
			wire: 'agencia',
			news: 'prensa',
			derivative: 'reescritura',
			unreliable: 'poco fiable',
			unknown: 'tipo desconocido'
		},
		dateNotShown: 'fecha no indicada',
		rewriteOf: (publisher) => `reescritura de ${publisher}`,
		primaryAsReport:
			'Cuenta como una fuente más, no como fuente primaria: ninguna copia archivada muestra una cita que el evento le atribuya.',
		noArchive: 'Sin copia archivada.',
		noAddress: 'sin dirección utilizable',
		comma: ', '
	},
	support: {
		kinds: {
			event: 'el evento',
			date: 'la fecha',
			attribution: 'el origen de las palabras',
			quote: 'sus citas',
			claim: 'las variantes de sus afirmaciones'
		},
		only: (names) => `Solo respalda ${names}: no cuenta como fuente del evento.`,
		withDate: (names) => `Respalda ${names}.`,
		notDate: (names) => `Respalda ${names}, pero no la fecha.`,
		and: (items) =>
			items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`
	},
	claims: { variant: 'Variante', carriedBy: 'Difundida por' },
	archive: {
		copy: { full: 'Copia archivada (texto completo)', passages: 'Copia archivada (fragmentos)' },
		captured: (when) => `capturada el ${when}`,
		retrieved: (when) => `consultada: ${when}`,
		noTime: 'hora de captura no registrada',
		open: 'abrir la copia archivada',
		show: 'Mostrar el texto archivado',
		hide: 'Ocultar el texto archivado',
		loading: 'Cargando el texto archivado…',
		textOf: (publisher) => `Texto archivado de ${publisher}`,
		failed: {
			none: 'Esta fuente no tiene copia archivada.',
			unpublished: 'El texto archivado no se publica con esta página.',
			offsite: 'El texto archivado no está en este sitio.',
			offline: 'No se ha podido obtener el texto archivado; vuelva a intentarlo cuando tenga conexión.',
			status: (status) => `No se ha podido obtener el texto archivado (el servidor respondió con el código ${status}).`,
			tooLong: 'El texto archivado recibido es demasiado largo.',
			mismatch: (digest) =>
				`El texto recibido no coincide con el SHA-256 de la copia archivada (su SHA-256 empieza por ${digest}…), por lo que no se muestra.`
		}
	}
} satisfies Messages['evidence'];
