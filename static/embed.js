// Sourceline's host script, for pages that embed a timeline: it sizes each <iframe data-sourceline>
// to its content, and for one that also has data-sourceline-address keeps the open event in this
// page's address (?sourceline=<id>), so that a reload or a shared link of the host page opens it.
// The messages it reads are described in the Sourceline README ("Embedding").
(() => {
	if (window.__sourcelineEmbeds) return;
	window.__sourcelineEmbeds = true;
	const PARAM = 'sourceline';
	const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
	const frames = () => Array.from(document.querySelectorAll('iframe[data-sourceline]'));
	const originOf = (frame) => {
		try {
			return new URL(frame.src, location.href).origin;
		} catch {
			return null;
		}
	};

	// A host address that names an event: the opted-in embeds open on it.
	const named = new URLSearchParams(location.search).get(PARAM);
	if (named && named.length <= 80 && ID.test(named)) {
		for (const frame of frames()) {
			if (!frame.hasAttribute('data-sourceline-address')) continue;
			const url = new URL(frame.src, location.href);
			url.pathname = url.pathname.replace(/\/events\/[^/]*$/, '');
			for (const p of ['from', 'to', 'event']) url.searchParams.delete(p);
			url.searchParams.set('event', named);
			if (url.href !== frame.src) frame.src = url.href;
		}
	}

	addEventListener('message', (e) => {
		const d = e.data;
		if (!d || typeof d !== 'object' || d.sourceline !== 1) return;
		const frame = frames().find((f) => f.contentWindow === e.source);
		if (!frame || e.origin !== originOf(frame)) return;
		if (d.type === 'height') {
			const h = Number(d.height);
			if (Number.isFinite(h) && h > 0 && h < 100000) frame.style.height = `${Math.ceil(h)}px`;
		} else if (d.type === 'event' && frame.hasAttribute('data-sourceline-address')) {
			const url = new URL(location.href);
			const id = typeof d.event === 'string' && d.event.length <= 80 && ID.test(d.event) ? d.event : null;
			// A frame clears only the event it put there: another opted-in frame may have set it.
			if (id) url.searchParams.set(PARAM, id);
			else if (frame.dataset.sourcelineShown === url.searchParams.get(PARAM)) url.searchParams.delete(PARAM);
			if (id) frame.dataset.sourcelineShown = id;
			else delete frame.dataset.sourcelineShown;
			if (url.href !== location.href) history.replaceState(history.state, '', url.href);
		}
	});
})();
