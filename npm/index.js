// articlecleaner — the package's entry: loadCleaner() starts the cleaner
// (Go compiled to WebAssembly) in the current thread; CleanerClient runs it
// in a Web Worker. See README.md and index.d.ts.
//
// Importing this module does nothing by itself (the package is
// "sideEffects": false): Go's runtime glue is installed, and the wasm
// found next to this file, only when loadCleaner() is called.
import { install } from './wasm_exec.js';
import { loadCleaner as start } from './js/loader.js';

export { CleanerClient, CancelledError } from './js/client.js';

/**
 * The articlecleaner.wasm next to this module. In browsers and bundles
 * (http: or https:) it is fetched: webpack, Vite and Parcel see the new
 * URL(…, import.meta.url) and emit the file; with esbuild, copy it beside
 * the bundle (README.md). From disk (file:, Node.js 20+) it is read with
 * node:fs, which bundlers are told to leave alone.
 */
async function defaultWasm() {
  const url = new URL('./articlecleaner.wasm', import.meta.url);
  if (url.protocol !== 'file:') return fetch(url);
  const fsName = 'node:fs/promises'; // not a literal: bundlers must not resolve it
  const fs = globalThis.process?.getBuiltinModule?.(fsName)
    ?? await import(/* webpackIgnore: true */ /* @vite-ignore */ fsName);
  return fs.readFile(url);
}

/**
 * Starts the cleaner. Without an argument it loads the articlecleaner.wasm
 * next to this module: with fetch and new URL(…, import.meta.url) in
 * browsers and bundlers, with node:fs in Node.js.
 * @param {Response|Promise<Response>|ArrayBuffer|Uint8Array|string|URL} [wasm]
 */
export async function loadCleaner(wasm) {
  install();
  return start(wasm ?? await defaultWasm());
}
