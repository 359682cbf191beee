// (b) The package bundled by esbuild and run in a page: cleans seed.txt in
// the page's own thread and through CleanerClient in a bundled worker, and
// leaves both results in window.__result for internal/npmtest.
import { loadCleaner, CleanerClient } from 'articlecleaner';

const pick = ({ title, date, text }) => ({ title, date, text });
const result = {};
try {
  const seed = await (await fetch('seed.txt')).text();
  const cleaner = await loadCleaner();
  result.direct = pick(cleaner.clean(seed));
  const client = new CleanerClient({
    createWorker: () => new Worker(new URL('./cleaner-worker.js', import.meta.url), { type: 'module' }),
  });
  const stages = new Set();
  const { record } = await client.clean(seed, { mode: 'text' }, (stage) => stages.add(stage));
  result.worker = pick(record);
  result.stages = stages.size;
  client.dispose();
} catch (err) {
  result.error = String(err?.stack || err);
}
window.__result = result;
