// warm-cleaner.js — the cleaner kept running in the background context
// itself (Firefox's event page; a service worker where the browser has no
// offscreen documents), so that a click is cleaned there as soon as the
// page is read, while the reader tab is still loading. Started in a reader tab's own worker, the wasm had to be
// fetched, compiled and started, and its code warmed, after every click:
// most of the time from the click to the article.
//
// The background calls warmCleaner() when it starts (an installed
// extension, a browser start, or a background woken by the click itself
// after the browser stopped it). Once the
// wasm runs, and while no clean is asked for, it cleans the page worker's
// two small samples (serve.js) so that a first real clean does not pay for
// Chromium's lazily compiled functions and the cleaner's patterns.
//
// Firefox runs it here (its background is an event page); Chrome runs the
// same cleaner in an offscreen document instead (offscreen-cleaner.js),
// which outlives the service worker. Both give the background one
// interface:
//
//   const warm = warmCleaner(wasmURL, startInMs);
//   await warm.cleansHere() // a click now is cleaned here: the wasm runs or
//                           // is starting (not failed)
//   const done = await warm.clean(input, options); // throws the cleaner's Error
//     // done: { record (packed: js/transfer.js, as JSON: one string
//     //         is copied through a message much faster than the object),
//     //         cleanId, ms, readyAt, startMs, version, warmedAt }
//   await warm.render(cleanId, format) // Markdown or HTML of that clean
//                           // while it is the latest one here, else null
//   warm.hold()     // a click came: no more warm-up samples
//   warm.prepare()  // a click is being read: make ready to clean it
//   warm.postpone(ms) // not started yet: start in ms, after a reader's clean
//   warm.startNow() // no click is waiting (the browser started, the
//                   // extension was installed): start the wasm at once
//   await warm.status() // { readyAt, warmedAt } (for the tests)
//
// WebAssembly runs in service workers and event pages alike; where it
// cannot start (an error), every clean rejects and the reader cleans in
// its own worker instead (reader.js).
import './wasm_exec.js';
import { loadCleaner } from './js/loader.js';
import { warmUp } from './js/serve.js';

// warmUpIdleMs: the samples wait this long after the wasm started. A
// sample runs on the background's one thread, where a click waits for it
// to end (a first, cold sample takes 300–600 ms on a loaded machine): a
// click that woke the background comes first and stops them (hold), and
// one soon after a start finds the code cold rather than the thread busy.
const warmUpIdleMs = 1000;

/**
 * Starts the wasm in this context, startInMs from now, and returns its
 * clean. The start waits so that an event that woke the background (a
 * click) is handled first: its start runs on the background's thread
 * (hundreds of ms), and a click queued behind it would wait.
 * @param {string|URL} wasmURL
 * @param {number} startInMs
 */
export function warmCleaner(wasmURL, startInMs) {
  let started = 0; // performance.now() when the load began
  let asked = false; // a clean was asked for: no more samples
  let startedAt = 0; // ms since the epoch the wasm was ready
  let failed = false;
  let warmedAt = 0; // ms since the epoch the samples were done
  let begin;
  let postponed = false;
  const loading = new Promise((resolve) => {
    begin = () => {
      begin = null;
      started = performance.now();
      resolve(loadCleaner(fetch(wasmURL)));
    };
  });
  let timer = setTimeout(() => begin && begin(), startInMs);
  loading.catch((err) => {
    failed = true;
    console.warn('articlecleaner: the cleaner could not start in the background; readers clean in their own worker', err);
  });
  const ready = loading.then((api) => {
    startedAt = performance.timeOrigin + performance.now();
    return { version: api.version, ms: performance.now() - started };
  });
  ready.catch(() => {}); // reported by each clean
  const warmed = () => {
    warmedAt = performance.timeOrigin + performance.now();
  };
  loading.then((api) => setTimeout(() => warmUp(api, () => asked, warmed), warmUpIdleMs), () => {});
  let latest = null; // { cleanId, record } of the last clean
  return {
    async cleansHere() {
      return startedAt !== 0 || (!begin && !failed);
    },
    /** A click came: no more samples (the page is being read). */
    hold() {
      asked = true;
    },
    /** A click is being read (nothing to do here: the wasm is in this context). */
    prepare() {},
    /**
     * Starts the wasm now: no click is waiting for the thread (the
     * background started with the browser or the extension's install, not
     * woken by a click), so a click soon after finds it started rather
     * than still waiting for startInMs. The warm-up samples still wait
     * warmUpIdleMs: starting them at once put a cold sample (seconds on a
     * loaded machine) in front of a click coming right after the install,
     * which waited for it (measured: 7 s behind a sample at load 28).
     */
    startNow() {
      if (!begin) return;
      clearTimeout(timer);
      begin();
    },
    /**
     * A reader cleans in its own worker now: the wasm, not started yet,
     * starts ms from now instead, not competing with it (once).
     * @param {number} ms
     */
    postpone(ms) {
      // Once: clicks coming faster than that must not keep it from ever
      // starting.
      if (!begin || postponed) return;
      postponed = true;
      clearTimeout(timer);
      timer = setTimeout(() => begin && begin(), ms);
    },
    /**
     * Cleans input here; the Record goes packed, without its markdown and
     * html (render makes them from this clean while it is the latest).
     */
    async clean(input, options) {
      asked = true;
      if (begin) begin();
      const api = await loading;
      const { version, ms: startMs } = await ready;
      latest = null;
      const t0 = performance.now();
      const { json, render } = api._cleanPacked(input, options);
      const ms = performance.now() - t0;
      const cleanId = crypto.randomUUID();
      latest = { cleanId, render };
      return { record: json, cleanId, ms, readyAt: startedAt, startMs, version, warmedAt };
    },
    async render(cleanId, format) {
      if (!latest || latest.cleanId !== cleanId) return null;
      return latest.render(format);
    },
    /** The cleaner's start and warm-up times (tests wait on them). */
    async status() {
      return { readyAt: startedAt, warmedAt };
    },
  };
}
