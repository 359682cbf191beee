// app.js — the page: input, cleaning in the worker. The result, restoring,
// copying and the messages are result.js's, shared with the extension's
// reader tab; the Selectors field is selectors.js's. app.js, result.js and
// selectors.js are the only modules that touch the page's elements; the
// others (client.js, files.js, render.js, export.js) are reusable on their
// own.
import { CleanerClient, CancelledError } from './client.js';
import { readInputFile, InputFileError, formatBytes } from './files.js';
import { ResultView } from './result.js';
import { selectorOptions, showSelectorNotes, onSelectorsChange } from './selectors.js';

// maxInputBytes matches the cleaner's default limit (32 MiB): above it the
// cleaner refuses the input, so the page says so before sending it.
const maxInputBytes = 32 << 20;

const $ = (id) => document.getElementById(id);
const ui = {
  dropzone: $('dropzone'), input: $('input'), file: $('file'), openFile: $('open-file'), example: $('example'),
  inputSize: $('input-size'), fileChip: $('file-chip'), fileName: $('file-name'), fileClear: $('file-clear'),
  url: $('url'), clean: $('clean'), shortcut: $('shortcut'), engine: $('engine-status'),
  status: $('status'), cancel: $('cancel'), version: $('version'),
};

const state = {
  file: null, // { bytes, name, mode } while the input is a file
  inputVersion: 0, // bumped whenever the input, mode or address changes
};

const view = new ResultView({ reclean: runClean });

let client = new CleanerClient();
watchReady();

function watchReady() {
  const c = client;
  ui.engine.textContent = 'Starting the cleaner…';
  document.body.dataset.ready = 'false';
  c.ready.then(({ version, wasmFrom }) => {
    if (c !== client) return;
    document.body.dataset.wasmFrom = wasmFrom; // 'store' on a warm load (js/wasm-store.js)
    ui.engine.textContent = 'Ready · runs offline in your browser';
    ui.version.textContent = version;
    document.body.dataset.ready = 'true';
    document.body.dataset.readyMs = String(Math.round(performance.now()));
  }, (err) => {
    ui.engine.textContent = 'The cleaner could not start';
    view.showError(err.message);
  });
}

// ---- input -------------------------------------------------------------

function inputChanged() {
  state.inputVersion++;
  view.hideError();
  // The result no longer matches the input until the next clean.
  view.markStale();
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
onSelectorsChange(inputChanged);
for (const r of document.querySelectorAll('input[name="mode"], input[name="focus"]')) r.addEventListener('change', inputChanged);

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
    view.showError(`The example could not be loaded (${err.message}).`);
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
  view.hideError();
  view.showProgress(`Reading ${file.name}…`, 0);
  try {
    const got = await readInputFile(file, {
      maxBytes: maxInputBytes,
      onProgress: (read, total) => view.showProgress(`Reading ${file.name}…`, total ? read / total : 0),
    });
    // The text area shows the file as UTF-8; the cleaner gets the bytes,
    // so a page in another encoding is still decoded right.
    ui.input.value = new TextDecoder().decode(got.bytes);
    setFile(got);
    inputChanged();
    view.hideProgress();
    runClean();
  } catch (err) {
    view.hideProgress();
    view.showError(err instanceof InputFileError ? err.message : `${file.name} could not be read: ${err.message}`);
  }
}

// ---- cleaning ----------------------------------------------------------

function currentMode() {
  const m = document.querySelector('input[name="mode"]:checked').value;
  if (m === 'auto' && state.file) return state.file.mode; // guessed from the file name
  return m;
}

async function runClean() {
  view.hideError();
  const input = state.file ? state.file.bytes : ui.input.value;
  if (!state.file && !input.trim()) {
    view.showError('There is nothing to clean yet: paste an article, or open a .txt or .html file.');
    ui.input.focus();
    return;
  }
  const size = state.file ? input.length : input.length * 3; // UTF-16 units → at most 3 UTF-8 bytes each
  if (size > maxInputBytes && (state.file || new TextEncoder().encode(input).length > maxInputBytes)) {
    view.showError(`The input is too large: the cleaner takes up to ${formatBytes(maxInputBytes)}. Paste the article itself rather than a whole site.`);
    return;
  }
  if (!ui.url.validity.valid) {
    view.showError('The page address must be a full web address, like https://example.com/news/story.');
    ui.url.focus();
    return;
  }
  const version = state.inputVersion;
  const options = { mode: currentMode(), restore: view.restoreList(version) };
  if (ui.url.value.trim()) options.url = ui.url.value.trim();
  const focus = document.querySelector('input[name="focus"]:checked').value;
  if (focus !== 'balanced') options.focus = focus;
  Object.assign(options, selectorOptions());

  ui.clean.disabled = true;
  view.busy();
  try {
    const { record } = await client.clean(input, options, view.progress);
    view.show(record, version);
    showSelectorNotes(record);
  } catch (err) {
    if (err instanceof CancelledError) {
      ui.status.textContent = 'Cancelled.';
    } else {
      view.showError(explain(err.message));
      if (err.fatal) watchReady(); // the client restarted the worker
    }
  } finally {
    view.idle();
    ui.clean.disabled = false;
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

updateInputSize();

/**
 * Takes input handed over from outside the page's controls (text or a file
 * shared from another app, see ../pwa.js) and cleans it.
 * @param {{text?: string, url?: string, file?: File|null}} shared
 */
export function receive({ text = '', url = '', file = null }) {
  if (/^https?:\/\//.test(url)) ui.url.value = url;
  if (file) {
    loadFile(file);
    return;
  }
  setFile(null);
  ui.input.value = text;
  inputChanged();
  updateInputSize();
  if (!text.trim() && ui.url.value) {
    view.showError('Only a link was shared. The cleaner runs offline and never fetches pages: open the page, select the article and share or paste its text.');
    return;
  }
  runClean();
}
