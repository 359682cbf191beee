// warm-cleaner.js — the cleaner kept running in the background context (the
// service worker in Chrome, the event page in Firefox), so that a click
// is cleaned there as soon as the page is read, while the reader tab is
// still loading. Started in a reader tab's own worker, the wasm had to be
// fetched, compiled and started, and its code warmed, after every click:
// most of the time from the click to the article.
//
// The background imports this and calls warmCleaner() when it starts
// (an installed extension, a browser start, or the service worker woken
// by the click itself after the browser stopped it, ~30 s idle). Once the
// wasm runs, and while no clean is asked for, it cleans the page worker's
// two small samples (serve.js) so that a first real clean does not pay for
// Chromium's lazily compiled functions and the cleaner's patterns.
//
//   const warm = warmCleaner(wasmURL, startInMs);
//   const { record, ms } = await warm.clean(input, options); // throws the cleaner's Error
//   warm.ready  // Promise<{version, ms}>: when the wasm started
//   warm.isReady()  // already started (a click then finds it warm)
//   warm.failed()   // it could not start here
//   warm.hold()     // a click came: no more warm-up samples
//   warm.postpone(ms) // not started yet: start in ms, after a reader's clean
//   warm.startNow() // no click is waiting (the browser started, the
//                   // extension was installed): start the wasm at once
//   warm.isStarted() // the wasm is starting or started
//
// WebAssembly runs in service workers and event pages alike; where it
// cannot start (an error), every clean rejects and the reader cleans in
// its own worker instead (reader.js).
import './wasm_exec.js';
import { loadCleaner } from './js/loader.js';
import { warmUpSamples } from './js/serve.js';

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
  const warmUp = (api, samples) => {
    if (samples.length === 0) warmedAt = performance.timeOrigin + performance.now();
    if (asked || samples.length === 0) return;
    const [input, mode] = samples[0];
    try {
      api.clean(input, { mode });
    } catch {
      // A sample that fails says nothing about a real input.
    }
    setTimeout(() => warmUp(api, samples.slice(1)), 0); // let a click in
  };
  loading.then((api) => setTimeout(() => warmUp(api, warmUpSamples), warmUpIdleMs), () => {});
  return {
    ready,
    isReady: () => startedAt !== 0,
    isStarted: () => !begin,
    /** The ms since the epoch the warm-up samples were done (0: not, or not all). */
    warmedAt: () => warmedAt,
    /** The wasm could not start here. */
    failed: () => failed,
    /** The ms since the epoch the wasm was ready (0: not yet). */
    readyAt: () => startedAt,
    /** A click came: no more samples (the page is being read). */
    hold() {
      asked = true;
    },
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
     * Cleans input here; the Record's markdown and html are left out (the
     * reader renders them in its worker when asked for).
     * @returns {Promise<{record: object, ms: number}>}
     */
    async clean(input, options) {
      asked = true;
      if (begin) begin();
      const api = await loading;
      const t0 = performance.now();
      const record = api.clean(input, options);
      return { record, ms: performance.now() - t0 };
    },
  };
}
