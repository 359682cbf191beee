// bench.js — make bench-browser's page: loads the cleaner through the web
// page's own loader, as the page's worker.js does (with the wasm store),
// timing the start, then waits for bench.go to call runPages() and
// runPaste().
import '/wasm_exec.js';
import { loadCleaner } from '/js/loader.js';
import { CleanerClient } from '/js/client.js';
import { wasmStore } from '/js/wasm-store.js';

const t0 = performance.now();
// ?store=0 starts without the store, from the HTTP cache (the comparison).
const store = new URLSearchParams(location.search).get('store') === '0' ? null : wasmStore();
const ready = loadCleaner(fetch('/articlecleaner.wasm'), { store }).then((cleaner) => {
  window.benchReadyMs = performance.now() - t0;
  window.benchWasmFrom = cleaner.wasmFrom;
  return cleaner;
});
ready.catch((err) => { window.benchError = String(err && err.message || err); });
// benchStored says whether the wasm store holds bytes: the first load
// writes them in the background, and bench.go waits for it before the
// reloads, as a visitor's first visit would.
window.benchStored = async () => Boolean(await wasmStore().entry);

async function pageText(i) {
  const r = await fetch(`/bench/page/${i}`);
  if (!r.ok) throw new Error(`page ${i}: HTTP ${r.status}`);
  return r.text();
}

// runPages cleans every page `rounds` times with the cleaner and with
// Readability.js (DOMParser + parse), alternating, in this tab.
window.runPages = async (count, rounds) => {
  const cleaner = await ready;
  const pages = [];
  for (let i = 0; i < count; i++) pages.push(await pageText(i));
  const out = { cleaner: [], readability: [], stages: [], failures: [] };
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < count; i++) {
      const html = pages[i];
      const stamps = [];
      const a = performance.now();
      try {
        cleaner.clean(html, { mode: 'html', onProgress: (stage) => stamps.push([stage, performance.now()]) });
      } catch (err) {
        out.failures.push(`cleaner page ${i}: ${err.message}`);
        continue;
      }
      const b = performance.now();
      out.cleaner.push({ page: i, ms: b - a });
      if (r === 0) {
        const split = {};
        let prev = a;
        for (const [stage, t] of stamps) {
          split[stage] = t - prev;
          prev = t;
        }
        split.crossing = b - prev; // the last stage to the object in JavaScript
        out.stages.push(split);
      }
      const c = performance.now();
      try {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        new Readability(doc).parse();
      } catch (err) {
        out.failures.push(`readability page ${i}: ${err.message}`);
        continue;
      }
      out.readability.push({ page: i, ms: performance.now() - c });
    }
  }
  return out;
};

// runPaste cleans a long paste in the page's worker, with progress.
window.runPaste = async () => {
  const text = await (await fetch('/bench/paste')).text();
  const client = new CleanerClient({ workerUrl: new URL('/worker.js', location.href) });
  const { ms: readyMs } = await client.ready;
  let progress = 0;
  const a = performance.now();
  const { record } = await client.clean(text, { mode: 'text' }, () => { progress++; });
  const ms = performance.now() - a;
  client.dispose();
  return { bytes: new TextEncoder().encode(text).length, ms, progress, readyMs, words: record.stats.wordsKept };
};
