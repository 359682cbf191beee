// articlecleaner/worker (serve.js) — the cleaner's side of CleanerClient: call
// serveCleaner() in a module worker and it answers CleanerClient's
// messages, cleans and renders on demand (the protocol is the web page's
// worker's: js/serve.js).
import { loadCleaner } from './index.js';
import { answerCleanRequests } from './js/serve.js';

/**
 * Loads the cleaner in this worker and serves clean requests.
 * @param {{wasm?: Response|Promise<Response>|ArrayBuffer|Uint8Array|string|URL}} [opts]
 */
export function serveCleaner({ wasm } = {}) {
  answerCleanRequests(loadCleaner(wasm));
}
