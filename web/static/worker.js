// worker.js — runs the cleaner off the main thread (a module worker); the
// messages it answers are described in js/serve.js.
import './wasm_exec.js';
import { loadCleaner } from './js/loader.js';
import { answerCleanRequests } from './js/serve.js';
import { wasmStore } from './js/wasm-store.js';

// The store is opened first, so that its read runs while the wasm's
// response comes (js/wasm-store.js); only for a wasm served over HTTP,
// whose response names its bytes (the extension's, from its own package,
// has no ETag).
const wasm = new URL('articlecleaner.wasm', import.meta.url);
const store = /^https?:$/.test(wasm.protocol) ? wasmStore() : null;
answerCleanRequests(loadCleaner(fetch(wasm), { store }));
