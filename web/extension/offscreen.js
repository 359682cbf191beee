// offscreen.js — Chrome's offscreen document (offscreen.html, made by
// offscreen-cleaner.js): it keeps the background's cleaner, a worker
// (offscreen-worker.js), while the browser runs. Chrome stops an idle
// service worker after about 30 s, and a cleaner kept there went with it:
// a click after a pause, the usual case, started the wasm again and
// cleaned cold (1.6–3 s from the click to the article, against about
// 0.4 s warm). The document outlives the service worker, and its worker
// stays warm. The worker answers the questions itself
// (cleaner-channel.js); this document only starts it, and replaces it.

// recycleAboveChars and recycleIdleMs: the Go heap in the worker's wasm
// memory grows to hold the largest page cleaned and a wasm memory never
// shrinks (measured in Node.js: 9 MB once warmed up, 31 MB after all 181
// dev pages, 152 MB after one page of 4.4 MB); after an input this
// large, the worker is replaced by a fresh one (which warms up again) once
// nothing was cleaned for recycleIdleMs, so a big page's memory is not
// kept while the browser runs. A minute leaves time to copy that
// article's Markdown, which is rendered from the clean kept there.
const recycleAboveChars = 1 << 20;
const recycleIdleMs = 60_000;

let worker = null;
let recycleTimer = 0;

function start() {
  clearTimeout(recycleTimer);
  if (worker) worker.terminate();
  worker = new Worker(new URL('./offscreen-worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }) => {
    if (!data) return;
    if (data.type === 'fatal') {
      start(); // the Go runtime died (out of memory): a fresh one
    } else if (data.type === 'cleaned') {
      clearTimeout(recycleTimer);
      if (data.chars > recycleAboveChars) recycleTimer = setTimeout(start, recycleIdleMs);
    }
  };
  worker.onerror = (e) => console.warn('articlecleaner: the background cleaner failed', e.message);
}

start();
