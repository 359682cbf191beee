// offscreen.js — the background's cleaner in Chrome, kept in an offscreen
// document (offscreen.html, made by offscreen-cleaner.js) rather than in
// the service worker itself. Chrome stops an idle service worker after
// about 30 s, and the wasm and its compiled code went with it: a click
// after a pause, the usual case, started the cleaner again and cleaned
// cold (1.6–3 s from the click to the article, against about 0.3 s
// warm). The offscreen document stays while the browser runs, across the
// service worker's stops, and its worker (the page's worker.js, warmed up
// by its samples) stays warm.
//
// Questions (cleaner-channel.js: from the service worker, and 'record'
// from the reader):
//   status → { readyAt, warmedAt, startMs, version, failed }
//   clean { input, options } → { cleanId, ms, readyAt, warmedAt, startMs,
//     version }: one clean at a time, in the order asked; its Record is
//     kept here for the reader
//   record { cleanId } → { json }: that clean's Record, packed
//     (record-transfer.js) as JSON, if it is still the latest one here,
//     else json null
//   render { cleanId, format } → { text }: the Markdown or HTML of that
//     clean, if it is still the latest one here, else text null
import { CleanerClient } from './js/client.js';
import { packRecord } from './record-transfer.js';
import { answerQuestions } from './cleaner-channel.js';

// recycleAboveChars and recycleIdleMs: the Go heap in the worker's wasm
// memory grows to hold the largest page cleaned and a wasm memory never
// shrinks (measured in Node.js: 9 MB once warmed up, 31 MB after all 181
// dev pages, 152 MB after one page of 4.4 MB); after an input this
// large, the worker is replaced by a fresh one (and warmed up again) once
// nothing was asked of it for recycleIdleMs, so a big page's memory is
// not kept while the browser runs. A minute leaves time to copy that
// article's Markdown, which is rendered from the clean kept here.
const recycleAboveChars = 1 << 20;
const recycleIdleMs = 60_000;

const client = new CleanerClient();
const started = { readyAt: 0, startMs: 0, version: '', failed: false };
let latest = null; // { cleanId, record, json } of the last clean
let queue = Promise.resolve(); // cleans run one after another
let recycleTimer = 0;
let firstCleanAt = 0; // ms since the epoch the worker's first clean ended

function watchStart() {
  Object.assign(started, { readyAt: 0, startMs: 0, failed: false });
  firstCleanAt = 0;
  client.ready.then(({ version, ms }) => {
    Object.assign(started, { readyAt: Date.now(), startMs: ms, version });
  }, (err) => {
    started.failed = true;
    console.warn('articlecleaner: the background cleaner could not start', err);
  });
}
watchStart();

// status: warmedAt is when the worker's code was first warm: its warm-up
// samples done, or its first clean, which the samples give way to.
function status() {
  return { ...started, warmedAt: client.warmedAt || firstCleanAt };
}

function recycle() {
  latest = null;
  client.cancel(); // terminates the worker and starts a new one
  watchStart();
}

async function clean(input, options) {
  clearTimeout(recycleTimer);
  latest = null; // its record is about to be replaced in the worker
  const { record, ms } = await client.clean(input, options);
  const cleanId = crypto.randomUUID();
  latest = { cleanId, record, json: JSON.stringify(packRecord(record)) };
  firstCleanAt ||= Date.now();
  if (typeof input === 'string' && input.length > recycleAboveChars) {
    recycleTimer = setTimeout(recycle, recycleIdleMs);
  }
  return { cleanId, ms, ...status() };
}

function packed(cleanId) {
  return { json: latest && latest.cleanId === cleanId ? latest.json : null };
}

async function render(cleanId, format) {
  if (!latest || latest.cleanId !== cleanId) return { text: null };
  try {
    return { text: await latest.record.render(format) };
  } catch (err) {
    console.warn('articlecleaner: rendering in the background failed; the reader cleans again', err);
    return { text: null };
  }
}

answerQuestions(async (q) => {
  switch (q.type) {
    case 'status':
      return status();
    case 'clean': {
      const job = queue.then(() => clean(q.input, q.options));
      queue = job.catch(() => {});
      return job;
    }
    case 'record':
      return packed(q.cleanId);
    case 'render':
      return render(q.cleanId, q.format);
    default:
      throw new Error(`unknown question ${q.type}`);
  }
});
