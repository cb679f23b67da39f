import type { Report } from '../en/report';
import type { Numbers } from '../../plural';
import issues from './issues';
import { q } from './grammar';

/** French takes the singular for 0 and 1. */
const n = (count: number, one: string, many: string, num: Numbers) => `${num.count(count)} ${count < 2 ? one : many}`;

export default {
	refused: {
		title: (file, count, num) => `${file} n’a pas été chargé\u202f: ${n(count, 'problème', 'problèmes', num)}`,
		unchanged: 'La chronologie affichée n’a pas changé. Corrigez ces problèmes et ouvrez à nouveau le fichier\u202f:',
		dismiss: 'Fermer'
	},
	where: {
		colon: '\u202f: ',
		file: '(fichier)',
		root: '(racine)',
		row: (row) => `ligne ${row}`,
		rowColumn: (row, column) => `ligne ${row}, colonne ${q(column)}`,
		column: (column) => `colonne ${q(column)}`,
		event: (id) => `événement ${q(id)}`,
		separator: ', ',
		andMore: (count, num) => ` et ${num.count(count)} ${count < 2 ? 'autre' : 'autres'}`,
		quoted: (value) => q(value)
	},
	opened: {
		title: (file, format) => `${file} ouvert\u202f: ${format}`,
		formats: {
			sourcelineJson: 'Sourceline JSON',
			sourcelineCsv: 'Sourceline CSV',
			timelinejsJson: 'TimelineJS JSON',
			timelinejsCsv: 'un tableur TimelineJS (CSV)'
		},
		counts: (events, sources, quotes, num) =>
			`${n(events, 'événement', 'événements', num)}, ${n(sources, 'source', 'sources', num)}, ${n(quotes, 'citation', 'citations', num)}.`,
		unsourced: (count, events, num) =>
			`${num.count(count)} événement${count < 2 ? '' : 's'} sur ${num.count(events)} ne ${count < 2 ? 'cite' : 'citent'} aucune source.`,
		evidence: (archived, verbatim, quotes, num) =>
			`${n(archived, 'source a', 'sources ont', num)} une copie archivée\u202f: ${num.count(verbatim)} ${verbatim < 2 ? 'citation sur' : 'citations sur'} ${num.count(quotes)} vérifiée${verbatim < 2 ? '' : 's'} et trouvée${verbatim < 2 ? '' : 's'} mot pour mot.`,
		evidenceUnchecked: (archived, verbatim, quotes, num) =>
			`${n(archived, 'source a', 'sources ont', num)} une copie archivée\u202f: ${num.count(verbatim)} ${verbatim < 2 ? 'citation sur' : 'citations sur'} ${num.count(quotes)} vérifiée${verbatim < 2 ? '' : 's'} et trouvée${verbatim < 2 ? '' : 's'} mot pour mot, {unchecked}.`,
		unchecked: (count, num) => `${num.count(count)} non vérifiée${count < 2 ? '' : 's'} faute de copie archivée`,
		uncertain: (count, num) =>
			`${n(count, 'événement a', 'événements ont', num)} une date ou une attribution de fiabilité moyenne ou faible.`,
		partial: (count, num) =>
			`${n(count, 'source est citée', 'sources sont citées', num)} pour une partie d’un événement seulement (non ${count < 2 ? 'comptée' : 'comptées'} comme source de celui-ci).`,
		changes: (count, num) => `Ce qui a changé et ce qu’il faut vérifier (${num.count(count)})`,
		downloadJson: 'Télécharger en Sourceline JSON',
		downloadCsv: 'Télécharger en CSV',
		dismiss: 'Fermer'
	},
	issues
} satisfies Report;
