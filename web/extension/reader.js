// reader.js — the extension's reader tab (reader.html#<job id>).
//
// It takes the job that the background script read from a tab (the page's
// HTML, or selected text), cleans it in the web page's worker (the same
// wasm, worker and modules as the page: js/client.js and js/result.js, with
// the modules they import, are copied in by the extension build), and shows
// the article, what was removed and why, with restore and copy (result.js,
// as on the page).
//
// body[data-state] is 'loading', then 'done' or 'error' (tests wait on it).
import { CleanerClient, CancelledError } from './js/client.js';
import { ResultView } from './js/result.js';
import { ReaderRules } from './reader-rules.js';

const ext = globalThis.browser ?? globalThis.chrome;

// cacheMaxChars: a job up to this size is kept in the tab's sessionStorage
// so that reloading the reader tab works; larger ones would overflow the
// quota (about 5 million characters).
const cacheMaxChars = 4_000_000;

const $ = (id) => document.getElementById(id);
const ui = { source: $('source'), cancel: $('cancel'), version: $('version') };

const state = { job: null };
const client = new CleanerClient();
const view = new ResultView({ reclean: runClean, decorate: (record) => rules.decorate(record) });
const rules = new ReaderRules({ reclean: runClean, client, view });

client.ready.then(({ version }) => { ui.version.textContent = version; }, () => {});

// ---- the job -----------------------------------------------------------

async function takeJob(id) {
  const key = `job:${id}`;
  const cached = sessionStorage.getItem(key);
  if (cached) return JSON.parse(cached);
  const job = await ext.runtime.sendMessage({ type: 'take', id });
  if (job && job.input && job.input.length <= cacheMaxChars) {
    try {
      sessionStorage.setItem(key, JSON.stringify(job));
    } catch {
      // Over the quota: the tab works, only a reload cannot.
    }
  }
  return job;
}

function showSource(job) {
  ui.source.replaceChildren();
  const what = job.kind === 'selection' ? 'Selected text from ' : '';
  ui.source.append(what);
  let href = '';
  try {
    const u = new URL(job.url);
    if (u.protocol === 'http:' || u.protocol === 'https:') href = u.href;
  } catch {
    // Not an address: shown as text.
  }
  const label = job.title || job.url || 'the page';
  if (href) {
    const a = document.createElement('a');
    a.href = href;
    a.rel = 'noopener noreferrer';
    a.textContent = label;
    a.title = href;
    ui.source.append(a);
  } else {
    ui.source.append(label);
  }
  // Frames of another site cannot be read from the page; say so.
  const skipped = job.skippedFrames || 0;
  if (skipped > 0) {
    const note = document.createElement('span');
    note.className = 'skipped-frames';
    note.textContent = ` · ${skipped} ${skipped === 1 ? 'frame' : 'frames'} from another site not read`;
    ui.source.append(note);
  }
}

// ---- cleaning ----------------------------------------------------------

function cleanOptions(job) {
  const options = { mode: job.kind === 'selection' ? 'text' : 'html', restore: view.restoreList() };
  if (/^https?:/i.test(job.url || '')) options.url = job.url;
  return Object.assign(options, rules.options());
}

async function runClean() {
  view.hideError();
  view.busy();
  try {
    const { record } = await client.clean(state.job.input, cleanOptions(state.job), view.progress);
    document.title = `${record.title || state.job.title || 'Article'} · Article Cleaner`;
    view.show(record);
    // When the article first appeared (ms since the epoch), for the tests.
    document.body.dataset.shownAt ||= String(performance.timeOrigin + performance.now());
    document.body.dataset.state = 'done';
  } catch (err) {
    if (rules.isRuleError(err) && await rules.skipBad()) {
      view.idle();
      return await runClean(); // without the rules the cleaner refused
    }
    if (err instanceof CancelledError) {
      view.showError('Cancelled. Reload this tab to clean the page again.');
    } else {
      view.showError(explain(err.message));
    }
    if (!view.record) document.body.dataset.state = 'error';
  } finally {
    view.idle();
  }
}

// explain turns the cleaner's error messages into advice.
function explain(message) {
  const m = message.replace(/^cleaner: /, '');
  if (/too large/.test(m)) return `This page is too large to clean (${m}). Select the article’s text and use “Clean selected text”.`;
  if (/empty/.test(m)) return 'There is nothing to clean: the page or selection is empty.';
  if (/^internal error/.test(m)) return `The cleaner hit a bug on this page (${m}). Please report it with the page’s address.`;
  return m.charAt(0).toUpperCase() + m.slice(1);
}

ui.cancel.addEventListener('click', () => client.cancel());

// ---- start -------------------------------------------------------------

async function start() {
  const id = location.hash.slice(1);
  let job = null;
  try {
    job = id ? await takeJob(id) : null;
  } catch (err) {
    job = null;
    console.error('articlecleaner: taking the job failed', err);
  }
  if (!job) {
    ui.source.textContent = 'No page';
    view.showError('This tab has nothing to clean any more (the browser was restarted, or the tab was opened by hand). Go back to the page and click the Article Cleaner button again.');
    document.body.dataset.state = 'error';
    return;
  }
  state.job = job;
  showSource(job);
  await rules.load(job);
  if (job.error) {
    view.showError(job.error);
    document.body.dataset.state = 'error';
    return;
  }
  await runClean();
}

start();
