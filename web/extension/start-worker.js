// start-worker.js — a classic script at the top of reader.html: starts the
// cleaner's worker (worker.js, which fetches and compiles the wasm) before
// the page's modules have loaded, so that the two start side by side. The
// reader's CleanerClient takes the worker over (takeEarlyWorker in
// reader.js) and handles the messages it sent meanwhile, kept here.
'use strict';

(() => {
  const early = { worker: new Worker('worker.js', { type: 'module' }), messages: [], error: null };
  early.worker.onmessage = (e) => early.messages.push(e.data);
  early.worker.onerror = (e) => {
    e.preventDefault();
    early.error = e.message || 'worker error';
  };
  globalThis.articlecleanerEarlyWorker = early;
})();
