// client.js — talks to the cleaner running in a Web Worker (../worker.js),
// so the page never freezes while a long input is cleaned.
//
//   import { CleanerClient } from './js/client.js';
//   const client = new CleanerClient();
//   const { version, ms, wasmFrom } = await client.ready; // wasm started
//   client.warmedAt                                     // its warm-up done (ms since the epoch; 0: not)
//   const { record } = await client.clean(text, { mode: 'auto' },
//     (stage, done, total) => {});                      // progress
//   await record.render('markdown');                     // or 'html', rendered on demand
//   client.cancel();                                     // stop the running job
//
// Exports:
//   CleanerClient — one worker, one job at a time; a new clean() cancels the
//     running one.
//   CancelledError — the rejection of a cancelled clean() (name 'AbortError').

import { unpackRecord } from './transfer.js';

/** A clean() that was cancelled, by cancel() or by a newer clean(). */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AbortError';
  }
}

export class CleanerClient {
  /**
   * @param {{workerUrl?: string|URL, createWorker?: () => Worker}} [opts]
   *   where worker.js is (defaults to the one next to this module's
   *   folder), or a function starting the worker (for bundlers, which
   *   need `new Worker(new URL('…', import.meta.url))` written out).
   */
  constructor({ workerUrl = new URL('../worker.js', import.meta.url), createWorker } = {}) {
    this.workerUrl = workerUrl;
    this.createWorker = createWorker || (() => new Worker(this.workerUrl, { type: 'module' }));
    this.nextId = 1;
    this.job = null;
    this.start();
  }

  /** @returns {Promise<{version: string, ms: number, wasmFrom: string}>} resolves when the wasm is ready. */
  get ready() {
    return this.readyPromise;
  }

  start() {
    for (const wait of (this.renders || new Map()).values()) wait.reject(new Error('the worker restarted'));
    this.renders = new Map(); // "id format" → a pending render
    // warmedAt: when the worker's warm-up samples were done (ms since the
    // epoch; 0: not yet, or a clean came first).
    this.warmedAt = 0;
    this.worker = this.createWorker();
    this.readyPromise = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.readyPromise.catch(() => {}); // callers see it through ready or clean()
    this.worker.onmessage = (e) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.fail(new Error(`the cleaner could not start: ${e.message || 'worker error'}`));
    };
  }

  receive(msg) {
    switch (msg.type) {
      case 'ready':
        this.resolveReady({ version: msg.version, ms: msg.ms, wasmFrom: msg.wasmFrom });
        return;
      case 'warmed':
        this.warmedAt = Date.now();
        return;
      case 'fatal':
        this.fail(new Error(`the cleaner could not start: ${msg.message}`));
        return;
    }
    if (msg.type === 'rendered') {
      const wait = this.renders.get(`${msg.id} ${msg.format}`);
      if (!wait) return;
      this.renders.delete(`${msg.id} ${msg.format}`);
      if (msg.error === undefined) wait.resolve(msg.text);
      else wait.reject(new Error(msg.error));
      return;
    }
    const job = this.job;
    if (!job || msg.id !== job.id) return; // from a cancelled job
    if (msg.type === 'progress') {
      if (job.onProgress) job.onProgress(msg.stage, msg.done, msg.total);
      return;
    }
    this.job = null;
    if (msg.type === 'result') {
      // Sent packed, as JSON (serve.js).
      const record = unpackRecord(JSON.parse(msg.record));
      // record.render(format) → Promise<string>: Markdown or HTML, rendered
      // by the worker when asked; if the worker has moved on, the same
      // input is cleaned again for it.
      const again = { input: job.input, options: job.options };
      Object.defineProperty(record, 'render', {
        enumerable: false,
        value: (format) => this.render(job.id, format).catch(async (err) => {
          if (this.job) throw err; // never cancel a running clean for a copy
          const { record: fresh } = await this.clean(again.input, again.options);
          return fresh.render(format);
        }),
      });
      job.resolve({ record, ms: msg.ms });
      return;
    }
    const err = new Error(msg.message);
    if (msg.fatal) {
      // The Go runtime in the worker died: start a fresh one.
      err.fatal = true;
      this.worker.terminate();
      this.start();
    }
    job.reject(err);
  }

  /**
   * Markdown or HTML of the latest clean's record (see record.render).
   * @param {number} id the clean's id
   * @param {'markdown'|'html'} format
   * @returns {Promise<string>}
   */
  render(id, format) {
    const key = `${id} ${format}`;
    if (!this.renders.has(key)) {
      const wait = {};
      wait.promise = new Promise((resolve, reject) => Object.assign(wait, { resolve, reject }));
      this.renders.set(key, wait);
      this.worker.postMessage({ type: 'render', id, format });
    }
    return this.renders.get(key).promise;
  }

  fail(err) {
    this.rejectReady(err);
    if (this.job) {
      this.job.reject(err);
      this.job = null;
    }
  }

  /**
   * Cleans input in the worker.
   * @param {string|Uint8Array} input
   * @param {{mode?: string, url?: string, charset?: string, restore?: number[], maxInputBytes?: number, focus?: string}} [options]
   * @param {(stage: string, done: number, total: number) => void} [onProgress]
   * @returns {Promise<{record: object, ms: number}>} the Record (see loader.js);
   *   rejects with the cleaner's Error, or CancelledError. An Error with
   *   fatal set means the wasm died; the client has already restarted it
   *   (wait on ready again).
   */
  clean(input, options = {}, onProgress) {
    if (this.job) this.cancel();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.job = { id, resolve, reject, onProgress, input, options };
      this.worker.postMessage({ type: 'clean', id, input, options });
    });
  }

  /** Stops the running job, if any: the worker is terminated and restarted. */
  cancel() {
    const job = this.job;
    this.job = null;
    this.worker.terminate();
    this.start();
    if (job) job.reject(new CancelledError());
  }

  /** Terminates the worker for good. */
  dispose() {
    this.worker.terminate();
    if (this.job) this.job.reject(new CancelledError());
    this.job = null;
  }
}
