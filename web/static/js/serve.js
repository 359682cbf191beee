// serve.js — the worker's side of CleanerClient (js/client.js), shared by
// the page's worker.js and the npm package's articlecleaner/worker.
//
// Messages in:  { type: 'clean', id, input, options }
//               { type: 'render', id, format }  the markdown or html of the
//               record of clean id (the latest one; rendered on demand)
// Messages out: { type: 'ready', version, ms, wasmFrom }  wasm started
//               (wasmFrom: where its bytes came from, see loader.js)
//               { type: 'warmed' }   the warm-up samples are done (not
//               sent when a clean came first)
//               { type: 'fatal', message }               wasm failed to start
//               { type: 'progress', id, stage, done, total }
//               { type: 'result', id, record, ms }      record without markdown/html,
//               packed (transfer.js: without its removed list, which
//               client.js rebuilds, and with its segments as columns), as
//               one JSON string made of the wasm's (loader.js
//               _cleanPacked: no object is made of it in the worker)
//               { type: 'rendered', id, format, text } or { …, error }
//               { type: 'error', id, message, fatal }  fatal: the wasm died
// Cancelling is done by terminating the worker (see client.js).
//
// Once the wasm has been ready for warmUpIdleMs, and while nobody has
// asked for a clean, the worker cleans two small samples of its own
// (warmUp): a fresh WebAssembly instance runs its first clean several
// times slower than later ones (Chromium compiles each function on its
// first call; the cleaner compiles its patterns on first use), and a
// worker is usually idle then, while the page is read or the text typed. In Node.js a dev page's first clean
// takes 316–369 ms of CPU in a fresh instance and 127–152 ms after the
// samples (which take about 300 ms). A clean asked for meanwhile waits
// for one sample at most, and the samples stop as soon as one is asked
// for (or never start when it came with the wasm still loading).

// warmUpIdleMs: a clean asked for right after ready (a paste waiting for
// the worker) comes within this; the samples are for a worker left idle.
const warmUpIdleMs = 150;

const message = (err) => String((err && err.message) || err);

// The warm-up samples: a small news page (first: the extension reads
// pages) and the same as pasted text,
// written for this (they touch the front ends, the metadata and the
// patterns a real article does).
const warmText = `Harbour ferries return after the winter pause
By Ana Ruiz
Published 12 March 2024

The first ferries of the season crossed the harbour on Tuesday morning, three weeks earlier than last year, after the city finished repairs to the north pier.
Passengers waited in a short queue at the south terminal, and most of the crossings ran on time, the operator said in a statement.
Read more: Timetables for the spring season
Share this article
`;
const warmHTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour ferries return after the winter pause | The Daily</title>
<meta property="article:published_time" content="2024-03-12T08:00:00Z"><meta name="author" content="Ana Ruiz"></head>
<body><nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Harbour ferries return after the winter pause</h1>
<p class="byline">By Ana Ruiz</p><time datetime="2024-03-12">12 March 2024</time>
<p>The first ferries of the season crossed the harbour on Tuesday morning, three weeks earlier than last year, after the city finished repairs to the <a href="/pier">north pier</a>.</p>
<p>Passengers waited in a short queue at the south terminal, and most of the crossings ran on time, the operator said in a <em>statement</em>.</p>
<ul><li>Read more: Timetables for the spring season</li></ul><div class="share">Share this article</div></article>
<footer>© 2024 The Daily · Cookie settings</footer></body></html>`;

/** The warm-up samples as [input, mode]. */
export const warmUpSamples = Object.freeze([[warmHTML, 'html'], [warmText, 'text']]);

/**
 * Cleans the warm-up samples with api, each in its own task so that a
 * clean asked for meanwhile comes in between, until stopped() says one
 * was asked for; done() is called once all of them ran. The page's worker
 * and the extension's background cleaners warm up through it.
 * @param {{clean: Function}} api
 * @param {() => boolean} stopped
 * @param {() => void} done
 */
export function warmUp(api, stopped, done) {
  const next = (samples) => {
    if (stopped()) return;
    if (samples.length === 0) {
      done();
      return;
    }
    const [input, mode] = samples[0];
    try {
      api.clean(input, { mode });
    } catch {
      // A sample that fails says nothing about a real input.
    }
    setTimeout(() => next(samples.slice(1)), 0);
  };
  next(warmUpSamples);
}

/**
 * Answers CleanerClient's messages in this worker with the cleaner that
 * ready resolves to (loadCleaner's promise).
 * @param {Promise<{version: string, clean: Function}>} ready
 */
export function answerCleanRequests(ready) {
  const started = performance.now();
  let asked = false; // a clean was asked for: no more warming up
  ready.then(
    (api) => {
      postMessage({ type: 'ready', version: api.version, ms: performance.now() - started, wasmFrom: api.wasmFrom });
      setTimeout(() => warmUp(api, () => asked, () => postMessage({ type: 'warmed' })), warmUpIdleMs);
    },
    (err) => postMessage({ type: 'fatal', message: message(err) }),
  );
  // last is the latest clean, whose markdown and html render on demand.
  let last = null;
  self.onmessage = async (event) => {
    const { type, id, input, options, format } = event.data || {};
    if (type === 'clean') asked = true;
    if (type === 'render') {
      try {
        if (!last || last.id !== id) throw new Error('the cleaner no longer has this result: clean again');
        postMessage({ type: 'rendered', id, format, text: last.render(format) });
      } catch (err) {
        postMessage({ type: 'rendered', id, format, error: message(err) });
      }
      return;
    }
    if (type !== 'clean') return;
    let api;
    try {
      api = await ready;
    } catch (err) {
      postMessage({ type: 'error', id, message: message(err) });
      return;
    }
    const t0 = performance.now();
    try {
      const { json, render } = api._cleanPacked(input, {
        ...options,
        onProgress: (stage, done, total) => postMessage({ type: 'progress', id, stage, done, total }),
      });
      last = { id, render };
      postMessage({ type: 'result', id, record: json, ms: performance.now() - t0 });
    } catch (err) {
      postMessage({ type: 'error', id, message: message(err), fatal: Boolean(err && err.fatal) });
    }
  };
}
