// articlecleaner — the package's entry: loadCleaner() starts the cleaner
// (Go compiled to WebAssembly) in the current thread; CleanerClient runs it
// in a Web Worker. See README.md and index.d.ts.
//
// Importing this module does nothing by itself (the package is
// "sideEffects": false): Go's runtime glue is installed, and the wasm
// found next to this file, only when loadCleaner() is called.
import { install } from './wasm_exec.js';
import { loadCleaner as start } from './js/loader.js';
import { defaultWasm } from '#wasm';

export { CleanerClient, CancelledError } from './js/client.js';

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
