// app.js — the page: input, cleaning in the worker, the result, restoring.
// It is the only module that touches the page's elements; the others
// (client.js, files.js, render.js, export.js) are reusable on their own.
import { CleanerClient, CancelledError } from './client.js';
import { readInputFile, InputFileError, formatBytes } from './files.js';
import { renderArticle, renderRemovedList } from './render.js';
import { plainText, copyToClipboard, download, fileName } from './export.js';

// maxInputBytes matches the cleaner's default limit (32 MiB): above it the
// cleaner refuses the input, so the page says so before sending it.
const maxInputBytes = 32 << 20;
// progressDelayMs: inputs that clean faster than this show no progress bar,
// so short articles do not flicker.
const progressDelayMs = 150;
// removedPageSize bounds how many removed pieces are listed at once: a
// huge page can have thousands, and the list is for reading.
const removedPageSize = 200;

const $ = (id) => document.getElementById(id);
const ui = {
  dropzone: $('dropzone'), input: $('input'), file: $('file'), openFile: $('open-file'), example: $('example'),
  inputSize: $('input-size'), fileChip: $('file-chip'), fileName: $('file-name'), fileClear: $('file-clear'),
  url: $('url'), clean: $('clean'), shortcut: $('shortcut'), engine: $('engine-status'),
  progressBox: $('progress-box'), progress: $('progress'), status: $('status'), cancel: $('cancel'), error: $('error'),
  stats: $('stats'), toolbar: $('toolbar'), showRemoved: $('show-removed'), output: $('output'),
  removedSection: $('removed-section'), removed: $('removed'), removedCount: $('removed-count'), removedMore: $('removed-more'),
  version: $('version'), toast: $('toast'),
};

const state = {
  file: null, // { bytes, name, mode } while the input is a file
  inputVersion: 0, // bumped whenever the input, mode or address changes
  base: null, // { version, removed } from the clean without restores
  restored: new Set(),
  record: null,
  removedLimit: removedPageSize,
  progressTimer: 0,
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

let client = new CleanerClient();
watchReady();

function watchReady() {
  const c = client;
  ui.engine.textContent = 'Starting the cleaner…';
  document.body.dataset.ready = 'false';
  c.ready.then(({ version }) => {
    if (c !== client) return;
    ui.engine.textContent = 'Ready · runs offline in your browser';
    ui.version.textContent = version;
    document.body.dataset.ready = 'true';
    document.body.dataset.readyMs = String(Math.round(performance.now()));
  }, (err) => {
    ui.engine.textContent = 'The cleaner could not start';
    showError(err.message);
  });
}

// ---- input -------------------------------------------------------------

function inputChanged() {
  state.inputVersion++;
  hideError();
  // The result no longer matches the input until the next clean.
  ui.output.classList.toggle('stale', state.record !== null);
}

function updateInputSize() {
  if (state.file) {
    ui.inputSize.textContent = `${formatBytes(state.file.bytes.length)} from`;
    return;
  }
  const n = ui.input.value.length;
  ui.inputSize.textContent = n ? `${n.toLocaleString()} characters` : 'Empty';
}

function setFile(file) {
  state.file = file;
  ui.fileChip.hidden = !file;
  ui.fileName.textContent = file ? file.name : '';
  updateInputSize();
}

ui.input.addEventListener('input', () => {
  if (state.file) setFile(null); // typing replaces the file by the text
  inputChanged();
  updateInputSize();
});
ui.url.addEventListener('input', inputChanged);
for (const r of document.querySelectorAll('input[name="mode"]')) r.addEventListener('change', inputChanged);

ui.fileClear.addEventListener('click', () => {
  setFile(null);
  ui.input.value = '';
  inputChanged();
  updateInputSize();
  ui.input.focus();
});

ui.openFile.addEventListener('click', () => ui.file.click());
ui.file.addEventListener('change', () => {
  if (ui.file.files.length) loadFile(ui.file.files[0]);
  ui.file.value = '';
});

ui.example.addEventListener('click', async () => {
  try {
    const res = await fetch('example.txt');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    setFile(null);
    ui.input.value = await res.text();
    inputChanged();
    updateInputSize();
    runClean();
  } catch (err) {
    showError(`The example could not be loaded (${err.message}).`);
  }
});

// Drag and drop anywhere on the input panel.
let dragDepth = 0;
const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
ui.dropzone.addEventListener('dragenter', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dragDepth++;
  ui.dropzone.classList.add('dragging');
});
ui.dropzone.addEventListener('dragover', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
});
ui.dropzone.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) ui.dropzone.classList.remove('dragging');
});
ui.dropzone.addEventListener('drop', (e) => {
  dragDepth = 0;
  ui.dropzone.classList.remove('dragging');
  if (!e.dataTransfer || !e.dataTransfer.files.length) return; // dropped text: the textarea takes it
  e.preventDefault();
  loadFile(e.dataTransfer.files[0]);
});

async function loadFile(file) {
  hideError();
  showProgress(`Reading ${file.name}…`, 0);
  try {
    const got = await readInputFile(file, {
      maxBytes: maxInputBytes,
      onProgress: (read, total) => showProgress(`Reading ${file.name}…`, total ? read / total : 0),
    });
    // The text area shows the file as UTF-8; the cleaner gets the bytes,
    // so a page in another encoding is still decoded right.
    ui.input.value = new TextDecoder().decode(got.bytes);
    setFile(got);
    inputChanged();
    hideProgress();
    runClean();
  } catch (err) {
    hideProgress();
    showError(err instanceof InputFileError ? err.message : `${file.name} could not be read: ${err.message}`);
  }
}

// ---- cleaning ----------------------------------------------------------

function currentMode() {
  const m = document.querySelector('input[name="mode"]:checked').value;
  if (m === 'auto' && state.file) return state.file.mode; // guessed from the file name
  return m;
}

async function runClean() {
  hideError();
  const input = state.file ? state.file.bytes : ui.input.value;
  if (!state.file && !input.trim()) {
    showError('There is nothing to clean yet: paste an article, or open a .txt or .html file.');
    ui.input.focus();
    return;
  }
  const size = state.file ? input.length : input.length * 3; // UTF-16 units → at most 3 UTF-8 bytes each
  if (size > maxInputBytes && (state.file || new TextEncoder().encode(input).length > maxInputBytes)) {
    showError(`The input is too large: the cleaner takes up to ${formatBytes(maxInputBytes)}. Paste the article itself rather than a whole site.`);
    return;
  }
  if (!ui.url.validity.valid) {
    showError('The page address must be a full web address, like https://example.com/news/story.');
    ui.url.focus();
    return;
  }
  if (!state.base || state.base.version !== state.inputVersion) {
    state.restored.clear(); // restores last until the input changes
    state.base = null;
  }
  const version = state.inputVersion;
  const options = { mode: currentMode(), restore: [...state.restored] };
  if (ui.url.value.trim()) options.url = ui.url.value.trim();

  ui.clean.disabled = true;
  document.body.dataset.busy = 'true';
  clearTimeout(state.progressTimer);
  state.progressTimer = setTimeout(() => showProgress('Starting…', 0), progressDelayMs);
  try {
    const { record } = await client.clean(input, options, (stage, done, total) => {
      showProgress(`${stageWords[stage] || stage}… (${done} of ${total})`, done / total);
    });
    if (!state.base) state.base = { version, removed: record.removed };
    state.record = record;
    state.removedLimit = removedPageSize;
    showResult();
  } catch (err) {
    if (err instanceof CancelledError) {
      ui.status.textContent = 'Cancelled.';
    } else {
      showError(explain(err.message));
      if (err.fatal) watchReady(); // the client restarted the worker
    }
  } finally {
    clearTimeout(state.progressTimer);
    hideProgress();
    ui.clean.disabled = false;
    document.body.dataset.busy = 'false';
  }
}

// explain turns the cleaner's error messages into advice.
function explain(message) {
  const m = message.replace(/^cleaner: /, '');
  if (/too large/.test(m)) return `The input is too large to clean here (${m}).`;
  if (/binary/.test(m)) return 'This does not look like text or HTML: it may be a PDF, an image or a word-processor file. Paste the article’s text, or open a .txt or .html file.';
  if (/empty/.test(m)) return 'There is nothing to clean: the input is empty.';
  if (/UTF-8/.test(m)) return `The text is not valid UTF-8 and does not say which encoding it uses (${m}).`;
  if (/^internal error/.test(m)) return `The cleaner hit a bug on this input (${m}). Please report it with the input.`;
  return m.charAt(0).toUpperCase() + m.slice(1);
}

ui.clean.addEventListener('click', runClean);
ui.cancel.addEventListener('click', () => {
  client.cancel();
  watchReady();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    runClean();
  }
});
if (/Mac|iPhone|iPad/.test(navigator.platform || '')) ui.shortcut.textContent = '⌘ ↵';

// ---- progress and messages ---------------------------------------------

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

// ---- result ------------------------------------------------------------

function removedItems() {
  return state.base.removed.map((r) => ({ ...r, restored: state.restored.has(r.id) }));
}

function showResult() {
  const record = state.record;
  const items = removedItems();
  const info = new Map(items.map((r) => [r.id, r]));
  ui.output.replaceChildren(renderArticle(record, { showRemoved: ui.showRemoved.checked, removedInfo: info }));
  ui.output.classList.toggle('showing-removed', ui.showRemoved.checked);
  ui.output.classList.remove('stale');
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

// Restoring re-cleans with the restored IDs: the cleaner is deterministic,
// so the IDs stay valid, and text, Markdown and HTML all update.
function restoreClick(e) {
  const b = e.target.closest('button[data-restore], button[data-unrestore]');
  if (!b || !state.base) return;
  if (b.dataset.restore) state.restored.add(Number(b.dataset.restore));
  else state.restored.delete(Number(b.dataset.unrestore));
  const id = b.dataset.restore || b.dataset.unrestore;
  const fromList = ui.removed.contains(b);
  runClean().then(() => {
    // The list was rebuilt: keep the keyboard focus on the same item.
    const again = fromList && ui.removed.querySelector(`li[data-id="${id}"] button`);
    if (again) again.focus();
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

updateInputSize();
