// serve.js — the worker's side of CleanerClient (js/client.js), shared by
// the page's worker.js and the npm package's articlecleaner/worker.
//
// Messages in:  { type: 'clean', id, input, options }
//               { type: 'render', id, format }  the markdown or html of the
//               record of clean id (the latest one; rendered on demand)
// Messages out: { type: 'ready', version, ms }           wasm started
//               { type: 'fatal', message }               wasm failed to start
//               { type: 'progress', id, stage, done, total }
//               { type: 'result', id, record, ms }      record without markdown/html
//               { type: 'rendered', id, format, text } or { …, error }
//               { type: 'error', id, message, fatal }  fatal: the wasm died
// Cancelling is done by terminating the worker (see client.js).

const message = (err) => String((err && err.message) || err);

/**
 * Answers CleanerClient's messages in this worker with the cleaner that
 * ready resolves to (loadCleaner's promise).
 * @param {Promise<{version: string, clean: Function}>} ready
 */
export function answerCleanRequests(ready) {
  const started = performance.now();
  ready.then(
    (api) => postMessage({ type: 'ready', version: api.version, ms: performance.now() - started }),
    (err) => postMessage({ type: 'fatal', message: message(err) }),
  );
  // last is the latest Record, whose markdown and html render on demand.
  let last = null;
  self.onmessage = async (event) => {
    const { type, id, input, options, format } = event.data || {};
    if (type === 'render') {
      try {
        if (!last || last.id !== id) throw new Error('the cleaner no longer has this result: clean again');
        postMessage({ type: 'rendered', id, format, text: last.record[format] });
      } catch (err) {
        postMessage({ type: 'rendered', id, format, error: message(err) });
      }
      return;
    }
    if (type !== 'clean') return;
    let api;
    try {
      api = await ready;
    } catch (err) {
      postMessage({ type: 'error', id, message: message(err) });
      return;
    }
    const t0 = performance.now();
    try {
      const record = api.clean(input, {
        ...options,
        onProgress: (stage, done, total) => postMessage({ type: 'progress', id, stage, done, total }),
      });
      last = { id, record };
      postMessage({ type: 'result', id, record, ms: performance.now() - t0 });
    } catch (err) {
      postMessage({ type: 'error', id, message: message(err), fatal: Boolean(err && err.fatal) });
    }
  };
}
