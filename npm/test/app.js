// (b) The package bundled by esbuild (with cleaner-worker.js, its worker):
// the bundle's entry.
import * as pkg from 'articlecleaner';
import { cleanSeed } from './seed-page.js';

cleanSeed(pkg, {
  createWorker: () => new Worker(new URL('./cleaner-worker.js', import.meta.url), { type: 'module' }),
});
