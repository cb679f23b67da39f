import type { Messages } from '../en';
import type { Numbers } from '../../plural';

export default {
	copyLink: 'Копіювати посилання',
	share: 'Поділитися',
	embed: 'Вбудувати',
	exportSvg: 'Експорт у SVG',
	exportPng: 'Експорт у PNG',
	copySvg: 'Копіювати SVG',
	noLink: 'Хронологію прочитано з файлу на цьому пристрої, тому посилання на неї немає.',
	copied: { link: 'Посилання скопійовано', embedCode: 'Код для вбудовування скопійовано', svg: 'SVG скопійовано' },
	notCopied: {
		link: 'Не вдалося скопіювати; виділіть посилання та скопіюйте його вручну',
		embedCode: 'Не вдалося скопіювати; виділіть код для вбудовування та скопіюйте його вручну',
		svg: 'Не вдалося скопіювати SVG'
	},
	embedBox: {
		code: 'Код для вбудовування',
		keepAddress: 'Зберігати відкриту подію в адресі вашої сторінки ({param})',
		sizing: (height: string) =>
			`Скрипт підлаштовує висоту фрейму під вміст; без скрипту висота фрейму залишається ${height} px.`,
		copy: 'Копіювати код для вбудовування'
	},
	openFull: 'Відкрити в Sourceline ↗',
	quoted: (text: string) => `«${text}»`,
	saidBy: (p: { speaker: string; source: string }) => `— ${p.speaker}, ${p.source}`,
	translatedBy: (by: string) => `у перекладі: ${by}`,
	translation: (by: string) => `переклад: ${by}`,
	meta: {
		said: (p: { quote: string; speaker: string; source: string }) => `${p.quote} — ${p.speaker}, ${p.source}.`,
		saidTranslated: (p: { quote: string; speaker: string; source: string; by: string }) =>
			`${p.quote} — ${p.speaker}, ${p.source} (переклад: ${p.by}).`,
		imageAlt: (p: { title: string; when: string }) => `${p.title}, ${p.when}`,
		imageAltQuote: (p: { title: string; when: string; quote: string }) => `${p.title}, ${p.when}: ${p.quote}`
	},
	snapshot: {
		sources: (names: string) => `Джерела: ${names}`,
		noSources: 'немає',
		separator: '; ',
		more: (n: number, num: Numbers) => `і ще ${num.count(n)}`,
		permalink: (url: string) => `Постійне посилання: ${url}`,
		noPermalink: 'немає (прочитано з файлу на пристрої, з якого зроблено експорт)',
		exported: (date: string) => `Експортовано із Sourceline ${date}`,
		desc: (p: { labelled: number; clustered: number; permalink: string }, num: Numbers) =>
			`Знімок хронології, експортований із Sourceline: ${num.count(p.labelled)} ${num.plural(p.labelled, {
				one: 'підписана подія',
				few: 'підписані події',
				many: 'підписаних подій',
				other: 'підписаної події'
			})} і ${num.count(p.clustered)} у кластерах. ${p.permalink}`
	}
} satisfies Messages['share'];
