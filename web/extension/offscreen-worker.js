// offscreen-worker.js — the background's cleaner in Chrome: a module
// worker of the offscreen document (offscreen.js), which keeps it while
// the browser runs. It answers the service worker's and the readers'
// questions itself, over the BroadcastChannel of cleaner-channel.js, so
// that no message waits for a main thread: the offscreen document shares
// its renderer's main thread with the extension's other pages, such as a
// reader tab loading at the moment of the click.
//
// Questions:
//   status → { readyAt, warmedAt, startMs, version, failed }
//   clean { input, options } → { cleanId, ms, readyAt, warmedAt, startMs,
//     version }: its Record is kept here for the reader (one clean at a
//     time: a clean runs on this thread from start to end)
//   record { cleanId } → { json }: that clean's Record, packed
//     (js/transfer.js) as JSON, if it is still the latest one here,
//     else json null
//   render { cleanId, format } → { text }: the Markdown or HTML of that
//     clean, if it is still the latest one here, else text null
// Messages to the document: { type: 'cleaned', chars } after each clean
// (it replaces a worker that cleaned a big page, once idle), and
// { type: 'fatal' } when the Go runtime died (it starts a new worker).
import './wasm_exec.js';
import { loadCleaner } from './js/loader.js';
import { warmUp } from './js/serve.js';
import { answerQuestions } from './cleaner-channel.js';

// warmUpIdleMs: the warm-up samples wait this long after the start, so
// that a click that came with it is cleaned first (then they never run).
const warmUpIdleMs = 150;

const begun = performance.now();
const state = { readyAt: 0, startMs: 0, version: '', failed: false, warmedAt: 0 };
let asked = false; // a clean was asked for: no samples
let latest = null; // { cleanId, record, json } of the last clean

const loading = loadCleaner(fetch(new URL('articlecleaner.wasm', import.meta.url)));
loading.then((api) => {
  Object.assign(state, { readyAt: Date.now(), startMs: performance.now() - begun, version: api.version });
  setTimeout(() => warmUp(api, () => asked, () => {
    state.warmedAt = Date.now();
  }), warmUpIdleMs);
}, (err) => {
  state.failed = true;
  console.warn('articlecleaner: the background cleaner could not start', err);
});

async function clean(input, options) {
  asked = true;
  const api = await loading;
  latest = null; // the wasm is about to hold another clean
  const t0 = performance.now();
  let packed;
  try {
    packed = api._cleanPacked(input, options);
  } catch (err) {
    if (err && err.fatal) postMessage({ type: 'fatal' });
    throw err;
  }
  const ms = performance.now() - t0;
  const cleanId = crypto.randomUUID();
  latest = { cleanId, json: packed.json, render: packed.render };
  state.warmedAt ||= Date.now(); // its code is warm now
  postMessage({ type: 'cleaned', chars: typeof input === 'string' ? input.length : input.byteLength });
  return { cleanId, ms, ...state };
}

function ofLatest(cleanId, get) {
  if (!latest || latest.cleanId !== cleanId) return null;
  try {
    return get(latest);
  } catch (err) {
    console.warn('articlecleaner: rendering in the background failed; the reader cleans again', err);
    return null;
  }
}

answerQuestions(async (q) => {
  switch (q.type) {
    case 'status':
      return { ...state };
    case 'clean':
      return clean(q.input, q.options);
    case 'record':
      return { json: ofLatest(q.cleanId, (l) => l.json) };
    case 'render':
      return { text: ofLatest(q.cleanId, (l) => l.render(q.format)) };
    default:
      throw new Error(`unknown question ${q.type}`);
  }
});
