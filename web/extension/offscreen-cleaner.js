// offscreen-cleaner.js — the background's cleaner in Chrome: the service
// worker hands the clean to an offscreen document (offscreen.html and
// offscreen.js), whose worker (offscreen-worker.js) keeps the wasm warm
// while the browser runs, where a cleaner in the service worker itself
// went whenever Chrome stopped it (after ~30 s idle). Questions and
// answers go over a BroadcastChannel (cleaner-channel.js). Same interface
// as warmCleaner (warm-cleaner.js, which Firefox's event page uses):
//
//   const warm = offscreenCleaner(startInMs);
//   await warm.cleansHere()  // the document is there or being made
//   const done = await warm.clean(input, options) // { recordAt:
//                            // 'offscreen', cleanId, ms, readyAt, warmedAt,
//                            // startMs, version }: the reader asks the
//                            // document for the Record (cleaner-channel.js)
//   await warm.render(cleanId, format) // string, or null
//   warm.hold(); warm.prepare(); warm.postpone(ms); warm.startNow()
//   await warm.status()      // { readyAt, warmedAt, … } (for the tests)
//
// The document is made when the extension is installed or the browser
// starts (startNow), or startInMs after a service worker that found none
// started (a click that woke it is cleaned by its reader meanwhile, and
// postpone moves the start after that reader's clean). A service worker
// woken later finds the document still there (runtime.getContexts) and
// cleans in it at once.

import { askCleaner } from './cleaner-channel.js';

const ext = globalThis.chrome;

const documentPath = 'offscreen.html';
const justification = 'Runs the article cleaner (WebAssembly) in a worker, kept started and warm, so that a click shows the clean article at once.';

// pingMs and pingAttempts: a document just made may not listen yet when
// the first question goes; its status is asked every pingMs until it
// answers, for up to five seconds (a listening worker answers in a
// millisecond or two; one busy with a big page or a cold warm-up sample,
// once that is done).
const pingMs = 100;
const pingAttempts = 50;

// pingFreshMs: how long a ping's answer stands for the cleaner listening.
// The document replaces its worker only after a minute without a clean.
const pingFreshMs = 2000;

// foundTimeoutMs bounds the wait for runtime.getContexts, which answers
// in a few milliseconds.
const foundTimeoutMs = 1000;

// cleanTimeoutMs bounds a clean: a document closed by the browser in the
// middle of one never answers, and the reader then cleans itself. The
// largest page the cleaner takes (32 MiB) cleans in well under this.
const cleanTimeoutMs = 60_000;
// askTimeoutMs bounds the other questions, answered at once.
const askTimeoutMs = 10_000;

/**
 * @param {number} startInMs when to make the document if none is found
 */
export function offscreenCleaner(startInMs) {
  const url = ext.runtime.getURL(documentPath);
  let making = null; // Promise: the document is there
  let failed = false;
  let timer = 0;
  let postponed = false;
  // found: a document left by an earlier life of this service worker
  // (false if the browser does not say within foundTimeoutMs: a click
  // must never wait on it).
  const found = Promise.race([
    ext.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })
      .then((contexts) => contexts.length > 0, () => false),
    new Promise((resolve) => setTimeout(() => resolve(false), foundTimeoutMs)),
  ]);

  const make = () => {
    clearTimeout(timer);
    if (!making) {
      making = found.then(async (there) => {
        if (!there) await ext.offscreen.createDocument({ url: documentPath, reasons: ['WORKERS'], justification });
      });
      making.catch((err) => {
        failed = true;
        console.warn('articlecleaner: the background cleaner could not start; readers clean in their own worker', err);
      });
    }
    return making;
  };
  found.then((there) => {
    if (there) make();
    else if (!making && !postponed) timer = setTimeout(make, startInMs);
  });

  // listening is the cleaner's answer to a ping (status, every pingMs
  // until it answers): a document just made, or a worker it has just
  // replaced, may not listen yet, and a question to nobody is lost. An
  // answer younger than pingFreshMs stands for the next question, so a
  // click's ping, sent while its page is read (prepare), is not one more
  // round trip between the read and the clean.
  let listening = null;
  let listeningAt = 0;
  const listen = () => {
    if (!listening || Date.now() - listeningAt > pingFreshMs) {
      listeningAt = Date.now();
      listening = (async () => {
        await make();
        for (let attempt = 1; ; attempt++) {
          try {
            return await askCleaner('status', {}, pingMs);
          } catch (err) {
            if (attempt >= pingAttempts) throw err;
          }
        }
      })();
      listening.catch(() => {
        listening = null; // pinged again next time
      });
    }
    return listening;
  };
  const ask = async (type, fields, timeoutMs) => {
    await listen();
    return askCleaner(type, fields, timeoutMs);
  };

  return {
    async cleansHere() {
      return !failed && (making !== null || await found);
    },
    hold() {}, // the document's worker stops its samples itself when asked to clean
    /** A click is being read: ping the cleaner meanwhile. */
    prepare() {
      listen().catch(() => {}); // reported by the clean
    },
    startNow() {
      make();
    },
    postpone(ms) {
      if (making || postponed) return;
      postponed = true;
      clearTimeout(timer);
      timer = setTimeout(make, ms);
    },
    async clean(input, options) {
      const done = await ask('clean', { input, options }, cleanTimeoutMs);
      // The Record stays in the document: the reader takes it from there
      // ('record'), not through this service worker.
      return { ...done, recordAt: 'offscreen' };
    },
    async render(cleanId, format) {
      const { text } = await ask('render', { cleanId, format }, askTimeoutMs);
      return typeof text === 'string' ? text : null;
    },
    /** The cleaner's start and warm-up times (tests wait on them). */
    status() {
      return ask('status', {}, askTimeoutMs);
    },
  };
}
