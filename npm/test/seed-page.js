// The page side of the Chromium test (b): cleans seed.txt in the page's
// own thread with loadCleaner() and in a worker with CleanerClient, and
// leaves both results in window.__result for internal/npmtest.
const pick = ({ title, date, text }) => ({ title, date, text });

/**
 * @param {{loadCleaner: Function, CleanerClient: Function}} pkg the package's exports
 * @param {object} [clientOptions] CleanerClient's options (none: its own worker)
 */
export async function cleanSeed({ loadCleaner, CleanerClient }, clientOptions) {
  const result = {};
  try {
    const seed = await (await fetch('seed.txt')).text();
    const cleaner = await loadCleaner();
    result.direct = pick(cleaner.clean(seed));
    const client = new CleanerClient(clientOptions);
    const stages = new Set();
    const { record } = await client.clean(seed, { mode: 'text' }, (stage) => stages.add(stage));
    result.worker = pick(record);
    result.workerMarkdown = (await record.render('markdown')).split('\n')[0];
    result.stages = stages.size;
    client.dispose();
  } catch (err) {
    result.error = String(err?.stack || err);
  }
  window.__result = result;
}
