// loader.js — starts articlecleaner.wasm and returns its API.
//
// Works in a page, in a (module) worker and in Node.js 20+. Go's runtime
// glue, wasm_exec.js, must have run first: it defines globalThis.Go.
//
//   import './wasm_exec.js';
//   import { loadCleaner } from './js/loader.js';
//   const cleaner = await loadCleaner(fetch('articlecleaner.wasm'));
//   const record = cleaner.clean(text, { mode: 'auto', onProgress(stage, done, total) {} });
//
// The API (also set as globalThis.articlecleaner once loaded):
//   clean(input, options?, onProgress?) → Record
//     input: string | Uint8Array | ArrayBuffer (bytes for files: the cleaner
//       decodes non-UTF-8 pages itself).
//     options: { mode: 'auto'|'text'|'html', url, charset, restore: [ids],
//       maxInputBytes, focus: 'balanced'|'precision'|'recall', onProgress(stage, done, total) };
//       unknown keys are an error.
//     Record: { title, byline, date, site, lang, url, excerpt, mode, pageType,
//       text, markdown, html, removed: [{id, text, reason, why, segment,
//       inline, span}], segments: [...], stats: {wordsKept, wordsRemoved,
//       readingMinutes} }. It crosses from the wasm as one JSON string,
//       its segments as columns (js/columns.js) and without its removed
//       list, both made here; markdown and html are rendered on first read
//       (getters, not enumerable: JSON.stringify and postMessage leave
//       them out).
//     Throws an Error with the cleaner's message for input it cannot read
//     (empty, binary, too large, bad options), and "internal error: …" if
//     the cleaner panicked; the instance keeps working after either. Only if
//     the Go runtime itself died (out of memory) is the Error's fatal set:
//     then load a new instance.
//   version: string — the build's module version and commit.
//   wasmFrom: 'source' | 'store' — where the wasm's bytes came from:
//     loadCleaner(source, { store }) starts from the bytes a wasm store
//     (js/wasm-store.js) kept when the response names them.
//   _cleanPacked(input, options?, onProgress?) → { json, render(format) }:
//     for workers that send the Record on (js/transfer.js).

import { segmentsOf } from './columns.js';

/**
 * Instantiates the wasm and runs its Go program.
 * @param {Response|Promise<Response>|ArrayBuffer|Uint8Array|string|URL} source
 *   the wasm: a fetch Response (streams and compiles while downloading),
 *   its bytes, or its URL.
 * @param {{store?: object}} [options] store: a wasm store (js/wasm-store.js
 *   wasmStore()) that keeps the bytes of a fetched wasm between visits and
 *   starts from them when the response names the same bytes (its strong
 *   ETag); the page's worker uses it.
 * @returns {Promise<{clean: Function, version: string, wasmFrom: string}>}
 *   wasmFrom says where the wasm's bytes came from: 'store' or 'source'.
 */
export async function loadCleaner(source, options = {}) {
  if (typeof globalThis.Go !== 'function') {
    throw new Error('articlecleaner: wasm_exec.js must be loaded before loadCleaner');
  }
  const go = new globalThis.Go();
  const { instance, from } = await instantiate(source, go.importObject, options.store || null);
  go.run(instance); // runs main until it blocks, registering the API
  const raw = globalThis.articlecleaner;
  if (!raw || typeof raw.clean !== 'function') {
    throw new Error('articlecleaner: the wasm did not register its API');
  }
  const api = wrap(raw, () => go.exited, from);
  globalThis.articlecleaner = api;
  return api;
}

/**
 * Wraps the raw Go API: a Go function cannot throw into JavaScript, so it
 * returns an Error value, which is thrown here. If the Go program has
 * exited (a fatal error such as running out of memory, which no recover
 * catches), every call throws an Error with fatal = true: the caller must
 * load a new instance (the worker client restarts its worker).
 * @param {{clean: Function, render: Function, version: string, _reasons: string, _panicForTest: Function}} raw
 * @param {() => boolean} exited reports whether the Go program has exited
 * @param {string} wasmFrom where the wasm's bytes came from
 */
export function wrap(raw, exited = () => false, wasmFrom = 'source') {
  const check = (call) => {
    const dead = () => Object.assign(
      new Error('internal error: the cleaner stopped (it may have run out of memory); it must be restarted'),
      { fatal: true });
    if (exited()) throw dead();
    const result = call();
    if (exited()) throw dead();
    if (result instanceof Error) throw result;
    return result;
  };
  let why = null; // reason name → its plain words, read once
  let whyJSON = ''; // the same as transfer.js packs it
  // render is the Markdown or HTML of the article of handle: rendered by
  // the Go core from the kept article, or, when the wasm no longer keeps
  // it, from the same input cleaned again.
  const render = (handle, format, input, options) => {
    const value = check(() => raw.render(handle, format));
    if (value !== null) return value;
    let opts = options;
    if (opts && typeof opts === 'object') {
      opts = { ...opts };
      delete opts.onProgress;
    }
    return clean(input, opts)[format];
  };
  const clean = (input, options, onProgress) => {
    const result = check(() => raw.clean(input, options, onProgress));
    if (!Array.isArray(result)) return result;
    // [handle, JSON]: the Record crosses as one string; Markdown and HTML
    // are rendered by the Go core when first read.
    const [handle, json] = result;
    const record = JSON.parse(json);
    // The segments cross as columns (js/columns.js, wasm/record.go).
    record.segments = segmentsOf(record.segments);
    if (record.removed === 0) {
      // The removed list is left out of the string (see wasm/record.go):
      // it is rebuilt here from the segments.
      why ||= reasonWords(raw._reasons);
      record.removed = removedOf(record.segments, why);
    }
    for (const format of ['markdown', 'html']) {
      Object.defineProperty(record, format, {
        configurable: true,
        enumerable: false, // not rendered by JSON.stringify or postMessage
        get() {
          const value = render(handle, format, input, options);
          Object.defineProperty(record, format, { value, configurable: true, enumerable: false, writable: true });
          return value;
        },
      });
    }
    return record;
  };
  // cleanPacked is clean for a worker that sends the Record on to another
  // thread (serve.js, the extension's background cleaners): the Record as
  // js/transfer.js packs it, as one JSON string made of the wasm's own,
  // with no object made here (unpackRecord makes the Record where it is
  // used); render(format) gives its Markdown or HTML.
  const cleanPacked = (input, options, onProgress) => {
    const result = check(() => raw.clean(input, options, onProgress));
    const [handle, json] = result;
    if (!whyJSON) {
      why ||= reasonWords(raw._reasons);
      whyJSON = `{"kept":${JSON.stringify(why.kept)},"words":${raw._reasons}}`;
    }
    return {
      json: `{"record":${json},"reasons":${whyJSON}}`,
      render: (format) => render(handle, format, input, options),
    };
  };
  return Object.freeze({
    clean,
    version: raw.version,
    wasmFrom,
    _cleanPacked: cleanPacked,
    // Panics inside the Go boundary; tests use it to check recovery.
    _panicForTest: () => check(() => raw._panicForTest()),
  });
}

/**
 * The reasons' plain words by name, from the wasm's list of [name, words]
 * pairs (the first is the name of what is kept).
 * @param {string} json
 */
function reasonWords(json) {
  const pairs = JSON.parse(json);
  return { kept: pairs[0][0], words: new Map(pairs) };
}

/**
 * The Record's removed list, rebuilt from its segments exactly as the Go
 * core's Article.Removed lists it: every segment not kept, and every cut
 * of a kept segment that is not restored, in document order, with the
 * fields in the order and with the omissions of the core's JSON.
 * @param {Array<object>} segments
 * @param {{kept: string, words: Map<string, string>}} why
 */
export function removedOf(segments, why) {
  const out = [];
  const words = (reason) => (why.words.has(reason) ? why.words.get(reason) : 'unknown');
  for (const s of segments) {
    if (!s.kept) {
      const reason = s.reason ?? why.kept;
      const r = { id: s.id, text: s.text, reason, why: words(reason), segment: s.id };
      if (s.span) r.span = { start: s.span.start, end: s.span.end };
      if (s.selector) r.selector = s.selector;
      if (s.rule) r.rule = s.rule;
      out.push(r);
      continue;
    }
    if (!s.cuts) continue;
    for (const c of s.cuts) {
      if (c.restored) continue;
      const r = { id: c.id, text: c.text, reason: c.reason, why: words(c.reason), segment: s.id, inline: true };
      if (c.span) r.span = { start: c.span.start, end: c.span.end };
      if (s.selector) r.selector = s.selector;
      out.push(r);
    }
  }
  return out;
}

/**
 * Compiles and instantiates the wasm from source, or from the bytes store
 * keeps when the response names them. Resolves to { instance, from }.
 */
async function instantiate(source, imports, store) {
  if (typeof source === 'string' || source instanceof URL) source = fetch(source);
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return { ...(await WebAssembly.instantiate(source, imports)), from: 'source' };
  }
  let response = checked(await source);
  const key = store ? store.keyOf(response) : '';
  if (!key) return { ...(await WebAssembly.instantiateStreaming(response, imports)), from: 'source' };
  const entry = await store.entry;
  if (entry && entry.key === key) {
    // The same bytes are stored: the response's body is not needed.
    if (response.body) response.body.cancel().catch(() => {});
    try {
      return { ...(await WebAssembly.instantiate(await entry.blob.arrayBuffer(), imports)), from: 'store' };
    } catch {
      // Damaged bytes: dropped, and the wasm fetched again.
      await store.clear();
      response = checked(await fetch(response.url));
    }
  }
  // The bytes are stored while they compile, in the background, so that
  // the write is done soon after the start (a page left at once would
  // lose it); bytes that do not compile are dropped again.
  const newKey = store.keyOf(response);
  const stored = newKey ? response.clone().arrayBuffer().then((bytes) => store.put(newKey, bytes), () => {}) : null;
  try {
    return { ...(await WebAssembly.instantiateStreaming(response, imports)), from: 'source' };
  } catch (err) {
    if (stored) stored.then(() => store.clear());
    throw err;
  }
}

/** checked returns response if it is a success, and throws otherwise. */
function checked(response) {
  if (!response.ok) {
    throw new Error(`articlecleaner: loading the wasm failed: HTTP ${response.status}`);
  }
  return response;
}
