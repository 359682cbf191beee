// reader.js — the extension's reader tab (reader.html#<job id>).
//
// It takes the job that the background script read from a tab (the page's
// HTML, or selected text), cleans it in the web page's worker (the same
// wasm, worker and modules as the page: js/client.js, js/render.js,
// js/export.js are copied in by the extension build), and shows the
// article, what was removed and why, with restore and copy.
//
// body[data-state] is 'loading', then 'done' or 'error' (tests wait on it).
import { CleanerClient, CancelledError } from './js/client.js';
import { renderArticle, renderRemovedList } from './js/render.js';
import { plainText, copyToClipboard, download, fileName } from './js/export.js';

const ext = globalThis.browser ?? globalThis.chrome;

// progressDelayMs: articles that clean faster than this show no progress
// bar, so they do not flicker (as on the web page).
const progressDelayMs = 150;
// removedPageSize bounds how many removed pieces are listed at once: a big
// page can have thousands, and the list is for reading.
const removedPageSize = 200;
// cacheMaxChars: a job up to this size is kept in the tab's sessionStorage
// so that reloading the reader tab works; larger ones would overflow the
// quota (about 5 million characters).
const cacheMaxChars = 4_000_000;

const $ = (id) => document.getElementById(id);
const ui = {
  source: $('source'), stats: $('stats'), progressBox: $('progress-box'), progress: $('progress'),
  status: $('status'), cancel: $('cancel'), error: $('error'), toolbar: $('toolbar'),
  showRemoved: $('show-removed'), output: $('output'), removedSection: $('removed-section'),
  removed: $('removed'), removedCount: $('removed-count'), removedMore: $('removed-more'),
  version: $('version'), toast: $('toast'),
};

const stageWords = {
  segment: 'Splitting into blocks',
  'split-glued': 'Separating glued text',
  language: 'Detecting the language',
  features: 'Measuring the blocks',
  classify: 'Classifying the blocks',
  dedupe: 'Finding repeated text',
  revise: 'Checking each block’s neighbours',
  metadata: 'Finding title, author and date',
  inline: 'Trimming inside paragraphs',
  assemble: 'Assembling the article',
};

const state = {
  job: null,
  base: null, // the removed list of the clean without restores
  restored: new Set(),
  record: null,
  removedLimit: removedPageSize,
  progressTimer: 0,
};

const client = new CleanerClient();
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
}

// ---- cleaning ----------------------------------------------------------

function cleanOptions(job) {
  const options = { mode: job.kind === 'selection' ? 'text' : 'html', restore: [...state.restored] };
  if (/^https?:/i.test(job.url || '')) options.url = job.url;
  return options;
}

async function runClean() {
  hideError();
  clearTimeout(state.progressTimer);
  state.progressTimer = setTimeout(() => showProgress('Starting…', 0), progressDelayMs);
  document.body.dataset.busy = 'true';
  try {
    const { record } = await client.clean(state.job.input, cleanOptions(state.job), (stage, done, total) => {
      showProgress(`${stageWords[stage] || stage}… (${done} of ${total})`, done / total);
    });
    if (!state.base) state.base = record.removed;
    state.record = record;
    document.title = `${record.title || state.job.title || 'Article'} · Article Cleaner`;
    showResult();
    document.body.dataset.state = 'done';
  } catch (err) {
    if (err instanceof CancelledError) {
      showError('Cancelled. Reload this tab to clean the page again.');
    } else {
      showError(explain(err.message));
    }
    if (!state.record) document.body.dataset.state = 'error';
  } finally {
    clearTimeout(state.progressTimer);
    hideProgress();
    document.body.dataset.busy = 'false';
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

// ---- messages ----------------------------------------------------------

function showProgress(text, fraction) {
  ui.progressBox.hidden = false;
  ui.status.textContent = text;
  ui.progress.value = Math.max(0, Math.min(1, fraction));
}

function hideProgress() {
  ui.progressBox.hidden = true;
}

function showError(message) {
  ui.error.textContent = message;
  ui.error.hidden = false;
}

function hideError() {
  ui.error.hidden = true;
  ui.error.textContent = '';
}

let toastTimer = 0;
function toast(message) {
  ui.toast.textContent = message;
  ui.toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { ui.toast.hidden = true; }, 2200);
}

// ---- the result --------------------------------------------------------

function removedItems() {
  return state.base.map((r) => ({ ...r, restored: state.restored.has(r.id) }));
}

function showResult() {
  const record = state.record;
  const items = removedItems();
  const info = new Map(items.map((r) => [r.id, r]));
  ui.output.replaceChildren(renderArticle(record, { showRemoved: ui.showRemoved.checked, removedInfo: info }));
  ui.output.classList.toggle('showing-removed', ui.showRemoved.checked);
  ui.toolbar.hidden = false;

  const st = record.stats;
  ui.stats.textContent = `${st.wordsKept.toLocaleString()} words · ${st.readingMinutes} min read · ${st.wordsRemoved.toLocaleString()} words removed`;

  ui.removedSection.hidden = items.length === 0;
  const open = items.length - state.restored.size;
  ui.removedCount.textContent = `${open} piece${open === 1 ? '' : 's'}${state.restored.size ? ` · ${state.restored.size} restored` : ''}`;
  ui.removed.replaceChildren(renderRemovedList(items, { limit: state.removedLimit }));
  const more = items.length - state.removedLimit;
  ui.removedMore.hidden = more <= 0;
  ui.removedMore.textContent = `Show ${more.toLocaleString()} more`;
}

ui.removedMore.addEventListener('click', () => {
  state.removedLimit = Infinity;
  showResult();
});

ui.showRemoved.addEventListener('change', () => {
  if (state.record) showResult();
});

// Restoring cleans again with the restored IDs: the cleaner is
// deterministic, so the IDs stay valid, and text, Markdown and HTML follow.
function restoreClick(e) {
  const b = e.target.closest('button[data-restore], button[data-unrestore]');
  if (!b || !state.base) return;
  if (b.dataset.restore) state.restored.add(Number(b.dataset.restore));
  else state.restored.delete(Number(b.dataset.unrestore));
  const focusId = b.dataset.restore || b.dataset.unrestore;
  runClean().then(() => {
    const again = ui.removed.querySelector(`li[data-id="${focusId}"] button`);
    if (again && !ui.removed.contains(b)) again.focus();
  });
}
ui.output.addEventListener('click', restoreClick);
ui.removed.addEventListener('click', restoreClick);

const exporters = {
  'copy-text': ['Copied as text', () => plainText(state.record)],
  'copy-md': ['Copied as Markdown', () => state.record.markdown],
  'copy-html': ['Copied as HTML', () => state.record.html],
};
for (const [id, [done, make]] of Object.entries(exporters)) {
  $(id).addEventListener('click', async () => {
    if (!state.record) return;
    try {
      await copyToClipboard(make());
      toast(done);
    } catch (err) {
      showError(`Copying failed: ${err.message}.`);
    }
  });
}
$('download-txt').addEventListener('click', () => {
  if (state.record) download(fileName(state.record, 'txt'), plainText(state.record), 'text/plain');
});
$('download-md').addEventListener('click', () => {
  if (state.record) download(fileName(state.record, 'md'), state.record.markdown, 'text/markdown');
});

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
    showError('This tab has nothing to clean any more (the browser was restarted, or the tab was opened by hand). Go back to the page and click the Article Cleaner button again.');
    document.body.dataset.state = 'error';
    return;
  }
  state.job = job;
  showSource(job);
  if (job.error) {
    showError(job.error);
    document.body.dataset.state = 'error';
    return;
  }
  await runClean();
}

start();
