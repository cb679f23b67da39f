/// <reference lib="webworker" />
// Spreadsheets and TimelineJS files are converted here, off the main thread and out of the page's
// own JavaScript (the converters, an HTML parser among them, are loaded only with this worker):
// the page gets back the checked timeline as a Sourceline file, the import report and the warnings,
// or the errors; and, asked for one, a timeline written as Sourceline CSV.
import { importText } from './formats/import';
import { writeSourcelineCsv } from './formats/sourceline-csv';
import { timelineFile } from './timeline-file';
import { WORKER_READY, type ImportReply, type ImportRequest } from './import-messages';
import { fileError } from './errors';
import { issue } from './issue-codes';

const reply = (message: ImportReply) => self.postMessage(message);

self.onmessage = (e: MessageEvent<ImportRequest>) => {
	const m = e.data;
	if (m.kind === 'csv') return reply({ kind: 'csv', text: writeSourcelineCsv(m.file) });
	void importText(m.text, m.file).then(
		(r) =>
			reply(
				r.ok
					? { kind: 'imported', ok: true, file: timelineFile(r.timeline), report: r.report, warnings: r.warnings }
					: { kind: 'imported', ok: false, errors: r.errors }
			),
		(err: unknown) =>
			reply({
				kind: 'imported',
				ok: false,
				errors: [fileError(m.file, issue('unreadable', { detail: String(err).slice(0, 160) }))]
			})
	);
};
reply(WORKER_READY);
