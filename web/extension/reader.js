// reader.js — the extension's reader tab (reader.html#<job id>).
//
// It takes the job that the background script read from a tab (the page's
// HTML, or selected text), usually with the Record the background's warm
// cleaner made of it (background.js), which it shows at once; otherwise,
// and for every clean again (restores, rules), it cleans in the web page's
// worker (the same
// wasm, worker and modules as the page: js/client.js and js/result.js, with
// the modules they import, are copied in by the extension build), and shows
// the article, what was removed and why, with restore and copy (result.js,
// as on the page).
//
// body[data-state] is 'loading', then 'done' or 'error' (tests wait on it).
// body[data-timing] says where the time from the click went (JSON, ms
// since the epoch: the background's clicked and read, then opened — this
// page's start —, ready — the wasm started in the worker —, taken — the
// job received —, cleaned and shown; startMs and cleanMs are the
// cleaner's own times, cleanedIn says where it ran: 'background' or
// 'reader'); the tests print it.
import { CleanerClient, CancelledError } from './js/client.js';
import { ResultView } from './js/result.js';
import { ReaderRules } from './reader-rules.js';
import { loadRules } from './rules.js';
import { unpackRecord } from './js/transfer.js';
import { askCleaner } from './cleaner-channel.js';

const ext = globalThis.browser ?? globalThis.chrome;

// cacheMaxChars: a job up to this size is kept in the tab's sessionStorage
// so that reloading the reader tab works; larger ones would overflow the
// quota (about 5 million characters).
const cacheMaxChars = 4_000_000;

// recordTimeoutMs: the offscreen document answers for a Record it keeps
// at once; one that does not (gone) leaves the clean to this tab.
const recordTimeoutMs = 5_000;

const $ = (id) => document.getElementById(id);
const ui = { source: $('source'), cancel: $('cancel'), version: $('version') };

// job.input comes after the article when the background sent a Record
// (background.js 'take-input'); input() waits for it.
const state = { job: null, id: '', input: null };
const timing = { opened: performance.timeOrigin };
const now = () => performance.timeOrigin + performance.now();
// The tab's own worker: the one start-worker.js started with the page
// (when this tab cleans), or one started here when first needed (after a
// Record from the background has shown, or for a job the background could
// not clean); a restarted one (after a cancel) is made by the client.
const early = globalThis.articlecleanerEarlyWorker;
delete globalThis.articlecleanerEarlyWorker;
const earlyJob = globalThis.articlecleanerEarlyJob;
delete globalThis.articlecleanerEarlyJob;
timing.head = globalThis.articlecleanerHeadAt; // the page's first script ran
timing.script = now(); // this module runs (its imports loaded)
let client = null;
function cleaner() {
  if (client) return client;
  client = new CleanerClient({
    createWorker: () => {
      const first = early && early.worker;
      if (early) early.worker = null;
      return first || new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    },
  });
  // What the early worker said before the client listened: ready (or the
  // reason it could not start).
  if (early) {
    for (const msg of early.messages) client.receive(msg);
    if (early.error) client.fail(new Error(`the cleaner could not start: ${early.error}`));
  }
  client.ready.then(({ version, ms }) => {
    timing.ready ||= now();
    timing.startMs ||= ms; // in the worker: fetch, compile, start
    ui.version.textContent = version;
  }, () => {});
  return client;
}
if (early) cleaner();
// The saved rules are read while the job comes.
const storedRules = loadRules();
storedRules.catch(() => {}); // reported by rules.load
const view = new ResultView({ reclean: runClean, decorate: (record) => rules.decorate(record) });
const rules = new ReaderRules({ reclean: runClean, client: { clean: (...args) => cleaner().clean(...args) }, view });

// ---- the job -----------------------------------------------------------

// takeJob returns the job: from the background, once, or from this tab's
// cache on a reload. It is cached by keepJob, after the clean has started.
async function takeJob(id) {
  const cached = sessionStorage.getItem(`job:${id}`);
  if (cached) return JSON.parse(cached);
  if (earlyJob && earlyJob.id === id) return earlyJob.job; // asked by start-worker.js
  return ext.runtime.sendMessage({ type: 'take', id });
}

// keepJob caches the job in the tab's sessionStorage, so that reloading
// the reader works, when it is small enough.
function keepJob(id, job) {
  const key = `job:${id}`;
  if (!job.input || job.input.length > cacheMaxChars || sessionStorage.getItem(key)) return;
  try {
    sessionStorage.setItem(key, JSON.stringify(job));
  } catch {
    // Over the quota: the tab works, only a reload cannot.
  }
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

// cleanedByBackground is the Record the background's cleaner made of the
// job (see background.js preclean), as client.clean returns one, or null
// when it is no longer to be had (the offscreen document has cleaned
// another page since, or is gone): then this tab cleans. It comes with the
// job (packed, as JSON), or from the offscreen document that keeps it in
// Chrome (recordAt, cleaner-channel.js). Its Markdown and HTML, when asked
// for, are rendered by the background from the same clean, or, when it no
// longer has it (another click came since, or the browser stopped it), by
// a clean in this tab's worker.
// body[data-rendered-in] says which did, for the tests.
async function cleanedByBackground(job) {
  let json = job.record;
  if (!json && job.recordAt === 'offscreen') {
    json = (await askCleaner('record', { cleanId: job.cleanId }, recordTimeoutMs).catch(() => ({}))).json;
  }
  if (typeof json !== 'string') return null;
  const record = unpackRecord(JSON.parse(json));
  const options = cleanOptions(job);
  Object.defineProperty(record, 'render', {
    enumerable: false,
    value: async (format) => {
      const text = await ext.runtime.sendMessage({ type: 'render', cleanId: job.cleanId, format }).catch(() => null);
      const here = typeof text === 'string';
      document.body.dataset.renderedIn = here ? 'background' : 'reader';
      return here ? text : (await cleaner().clean(await input(), options)).record.render(format);
    },
  });
  return { record, ms: job.timing.cleanMs };
}

// input is the job's input: at hand, or asked of the background once
// (when the job came with a Record, without it).
function input() {
  if (!state.input) {
    const { job, id } = state;
    state.input = !job.inputLater
      ? Promise.resolve(job.input)
      : ext.runtime.sendMessage({ type: 'take-input', id }).then((text) => {
        if (typeof text !== 'string') {
          throw new Error('this tab no longer has the page’s text (the browser stopped the extension’s background); go back to the page and click the Article Cleaner button again');
        }
        job.input = text;
        delete job.inputLater;
        setTimeout(() => keepJob(id, job), 0);
        return text;
      });
  }
  return state.input;
}

async function runClean(pre) {
  view.hideError();
  view.busy();
  try {
    const { record, ms } = pre || await cleaner().clean(await input(), cleanOptions(state.job), view.progress);
    timing.cleaned ||= now();
    timing.cleanMs ||= ms; // in the worker
    document.title = `${record.title || state.job.title || 'Article'} · Article Cleaner`;
    view.show(record);
    // When the article first appeared (ms since the epoch), for the tests.
    if (!document.body.dataset.shownAt) {
      timing.shown = now();
      document.body.dataset.shownAt = String(timing.shown);
      document.body.dataset.timing = JSON.stringify(timing);
    }
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

ui.cancel.addEventListener('click', () => client && client.cancel());

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
  timing.taken = now();
  Object.assign(timing, job.timing);
  state.job = job;
  state.id = id;
  showSource(job);
  await rules.load(job, storedRules);
  if (job.error) {
    view.showError(job.error);
    document.body.dataset.state = 'error';
    return;
  }
  const pre = job.record || job.recordAt ? await cleanedByBackground(job) : null;
  delete job.record; // not cached with the job: a reload cleans again
  delete job.recordAt;
  if (pre) {
    if (job.version) ui.version.textContent = job.version;
  } else {
    cleaner(); // the background did not clean it: this tab does
  }
  const cleaning = runClean(pre || undefined);
  // Cached while the worker cleans: serialising a big page takes a while.
  if (!job.inputLater) setTimeout(() => keepJob(id, job), 0);
  await cleaning;
  // Once the article shows: the input (cached when it comes), and the
  // tab's worker, for restores and rules.
  if (pre) {
    input().catch((err) => console.warn('articlecleaner:', err.message));
    setTimeout(cleaner, 0);
  }
}

start();
