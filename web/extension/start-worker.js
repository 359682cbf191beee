// start-worker.js — a classic script at the top of reader.html: asks the
// background for the job (see below), and starts the
// cleaner's worker (worker.js, which fetches and compiles the wasm) before
// the page's modules have loaded, so that the two start side by side, when
// this tab will clean: the background opened it with ?clean=reader (its
// own cleaner could not start). Otherwise the background sends the Record
// and the worker starts only after the article shows (reader.js), for
// restores and rules, so as not to compete with the background's clean.
// The reader's CleanerClient takes the worker over (takeEarlyWorker in
// reader.js) and handles the messages it sent meanwhile, kept here.
'use strict';

(() => {
  globalThis.articlecleanerHeadAt = performance.timeOrigin + performance.now(); // for reader.js's timing
  // The job is asked for at once, too: the background answers when the
  // page is read and cleaned, while this tab's modules load (reader.js
  // takes the answer; a reload finds the job in sessionStorage instead).
  const id = location.hash.slice(1);
  if (id && !sessionStorage.getItem(`job:${id}`)) {
    const ext = globalThis.browser ?? globalThis.chrome;
    const job = ext.runtime.sendMessage({ type: 'take', id });
    job.catch(() => {}); // reported by reader.js, which awaits it
    globalThis.articlecleanerEarlyJob = { id, job };
  }
  if (new URLSearchParams(location.search).get('clean') !== 'reader') return;
  const early = { worker: new Worker('worker.js', { type: 'module' }), messages: [], error: null };
  early.worker.onmessage = (e) => early.messages.push(e.data);
  early.worker.onerror = (e) => {
    e.preventDefault();
    early.error = e.message || 'worker error';
  };
  globalThis.articlecleanerEarlyWorker = early;
})();
