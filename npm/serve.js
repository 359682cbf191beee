// articlecleaner/worker (serve.js) — the cleaner's side of CleanerClient: call
// serveCleaner() in a module worker and it answers CleanerClient's
// messages (the same protocol as the web page's worker.js):
//
//   in:  { type: 'clean', id, input, options }
//   out: { type: 'ready', version, ms } | { type: 'fatal', message }
//        { type: 'progress', id, stage, done, total }
//        { type: 'result', id, record, ms } | { type: 'error', id, message, fatal }
import { loadCleaner } from './index.js';

/**
 * Loads the cleaner in this worker and serves clean requests.
 * @param {{wasm?: Response|Promise<Response>|ArrayBuffer|Uint8Array|string|URL}} [opts]
 */
export function serveCleaner({ wasm } = {}) {
  const started = performance.now();
  const ready = loadCleaner(wasm);
  ready.then(
    (api) => postMessage({ type: 'ready', version: api.version, ms: performance.now() - started }),
    (err) => postMessage({ type: 'fatal', message: String(err?.message || err) }),
  );
  self.onmessage = async (event) => {
    const { type, id, input, options } = event.data || {};
    if (type !== 'clean') return;
    let api;
    try {
      api = await ready;
    } catch (err) {
      postMessage({ type: 'error', id, message: String(err?.message || err) });
      return;
    }
    const t0 = performance.now();
    try {
      const record = api.clean(input, {
        ...options,
        onProgress: (stage, done, total) => postMessage({ type: 'progress', id, stage, done, total }),
      });
      postMessage({ type: 'result', id, record, ms: performance.now() - t0 });
    } catch (err) {
      postMessage({ type: 'error', id, message: String(err?.message || err), fatal: Boolean(err?.fatal) });
    }
  };
}
