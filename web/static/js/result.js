// result.js — the result on screen, shared by the web page (app.js) and the
// extension's reader tab (reader.js): the article and its word counts, the
// "Show removed" switch, the list of removed pieces (a page at a time, then
// "Show N more"), restoring and un-restoring, copying and saving, and the
// progress bar, error line and toast around them.
//
// Both pages carry the same elements, found by id: output, stats, toolbar,
// show-removed, removed-section, removed, removed-count, removed-more,
// progress-box, progress, status, error, toast, and the buttons copy-text,
// copy-md, copy-html, download-txt, download-md.
//
//   const view = new ResultView({ reclean: runClean });
//   // in runClean:
//   const options = { restore: view.restoreList(inputKey) };
//   view.busy();
//   try {
//     const { record } = await client.clean(input, options, view.progress);
//     view.show(record, inputKey);
//   } finally { view.idle(); }
//
// Exports:
//   ResultView — new ResultView({ reclean, decorate }) binds to the elements
//     above; reclean() must clean again with view.restoreList(…) and return
//     a Promise; a click on a restore or undo button calls it. decorate, if
//     given, is called with the record after each render (the extension's
//     reader adds its rule buttons).
//     view.record — the Record shown, or null before the first one.
//     view.restoreList(key) → the ids to restore. key names the input the
//       restores were made for (the page passes its input version; the
//       reader has one input and passes nothing); for another key the
//       restores are forgotten.
//     view.show(record, key) — shows a Record cleaned from input key.
//     view.forget() — forgets the restores and the removed list, for a
//       clean with other options (the pieces and their ids change).
//     view.markStale() — dims the result while it no longer matches the input.
//     view.busy() / view.idle() — around a clean: body[data-busy], and the
//       progress bar after a short delay.
//     view.progress(stage, done, total) — client.clean()'s progress callback.
//     view.showProgress(text, fraction), view.hideProgress()
//     view.showError(message), view.hideError(), view.toast(message)
import { renderArticle, renderRemovedList } from './render.js';
import { plainText, copyToClipboard, download, fileName } from './export.js';

// removedPageSize bounds how many removed pieces are listed at once: a huge
// page can have thousands, and the list is for reading.
const removedPageSize = 200;
// progressDelayMs: inputs that clean faster than this show no progress bar,
// so short articles do not flicker.
const progressDelayMs = 150;
// toastMs is how long a toast ("Copied as text") stays.
const toastMs = 2200;

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

export class ResultView {
  /** @param {{reclean: () => Promise<void>}} opts */
  constructor({ reclean, decorate = null }) {
    const $ = (id) => document.getElementById(id);
    this.ui = {
      output: $('output'), stats: $('stats'), toolbar: $('toolbar'), showRemoved: $('show-removed'),
      removedSection: $('removed-section'), removed: $('removed'), removedCount: $('removed-count'),
      removedMore: $('removed-more'), progressBox: $('progress-box'), progress: $('progress'),
      status: $('status'), error: $('error'), toast: $('toast'),
    };
    this.reclean = reclean;
    this.decorate = decorate;
    this.record = null;
    this.base = null; // { key, removed } from the clean without restores
    this.restored = new Set();
    this.removedLimit = removedPageSize;
    this.progressTimer = 0;
    this.toastTimer = 0;
    this.progress = (stage, done, total) => {
      this.showProgress(`${stageWords[stage] || stage}… (${done} of ${total})`, done / total);
    };
    this.bind($);
  }

  restoreList(key) {
    if (this.base && this.base.key !== key) {
      this.base = null;
      this.restored.clear(); // restores last until the input changes
    }
    return [...this.restored];
  }

  show(record, key) {
    if (!this.base) {
      this.base = { key, removed: record.removed };
      this.removedLimit = removedPageSize;
    }
    this.record = record;
    this.render();
  }

  forget() {
    this.base = null;
    this.restored.clear();
  }

  markStale() {
    this.ui.output.classList.toggle('stale', this.record !== null);
  }

  busy() {
    document.body.dataset.busy = 'true';
    clearTimeout(this.progressTimer);
    this.progressTimer = setTimeout(() => this.showProgress('Starting…', 0), progressDelayMs);
  }

  idle() {
    clearTimeout(this.progressTimer);
    this.hideProgress();
    document.body.dataset.busy = 'false';
  }

  showProgress(text, fraction) {
    this.ui.progressBox.hidden = false;
    this.ui.status.textContent = text;
    this.ui.progress.value = Math.max(0, Math.min(1, fraction));
  }

  hideProgress() {
    this.ui.progressBox.hidden = true;
  }

  showError(message) {
    this.ui.error.textContent = message;
    this.ui.error.hidden = false;
  }

  hideError() {
    this.ui.error.hidden = true;
    this.ui.error.textContent = '';
  }

  toast(message) {
    this.ui.toast.textContent = message;
    this.ui.toast.hidden = false;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => { this.ui.toast.hidden = true; }, toastMs);
  }

  /** The removed pieces of the clean without restores, marked if restored. */
  removedItems() {
    return this.base.removed.map((r) => ({ ...r, restored: this.restored.has(r.id) }));
  }

  render() {
    const { ui, record } = this;
    const items = this.removedItems();
    const info = new Map(items.map((r) => [r.id, r]));
    ui.output.replaceChildren(renderArticle(record, { showRemoved: ui.showRemoved.checked, removedInfo: info }));
    ui.output.classList.toggle('showing-removed', ui.showRemoved.checked);
    ui.output.classList.remove('stale');
    ui.toolbar.hidden = false;

    const st = record.stats;
    ui.stats.textContent = `${st.wordsKept.toLocaleString()} words · ${st.readingMinutes} min read · ${st.wordsRemoved.toLocaleString()} words removed`;

    ui.removedSection.hidden = items.length === 0;
    const n = this.restored.size;
    const open = items.length - n;
    ui.removedCount.textContent = `${open} piece${open === 1 ? '' : 's'}${n ? ` · ${n} restored` : ''}`;
    ui.removed.replaceChildren(renderRemovedList(items, { limit: this.removedLimit }));
    const more = items.length - this.removedLimit;
    ui.removedMore.hidden = more <= 0;
    ui.removedMore.textContent = `Show ${more.toLocaleString()} more`;
    if (this.decorate) this.decorate(record);
  }

  // Restoring cleans again with the restored ids: the cleaner is
  // deterministic, so the ids stay valid, and text, Markdown and HTML follow.
  restoreClick(e) {
    const b = e.target.closest('button[data-restore], button[data-unrestore]');
    if (!b || !this.base) return;
    if (b.dataset.restore) this.restored.add(Number(b.dataset.restore));
    else this.restored.delete(Number(b.dataset.unrestore));
    const id = b.dataset.restore || b.dataset.unrestore;
    const fromList = this.ui.removed.contains(b);
    this.reclean().then(() => {
      // The list was rebuilt: keep the keyboard focus on the same item.
      const again = fromList && this.ui.removed.querySelector(`li[data-id="${id}"] button`);
      if (again) again.focus();
    });
  }

  bind($) {
    const { ui } = this;
    ui.removedMore.addEventListener('click', () => {
      this.removedLimit = Infinity;
      this.render();
    });
    ui.showRemoved.addEventListener('change', () => {
      if (this.record) this.render();
    });
    ui.output.addEventListener('click', (e) => this.restoreClick(e));
    ui.removed.addEventListener('click', (e) => this.restoreClick(e));

    const copies = {
      'copy-text': ['Copied as text', (r) => plainText(r)],
      'copy-md': ['Copied as Markdown', (r) => rendering(r, 'markdown')],
      'copy-html': ['Copied as HTML', (r) => rendering(r, 'html')],
    };
    for (const [id, [done, make]] of Object.entries(copies)) {
      $(id).addEventListener('click', async () => {
        if (!this.record) return;
        try {
          await copyToClipboard(await make(this.record));
          this.toast(done);
        } catch (err) {
          this.showError(`Copying failed: ${err.message}.`);
        }
      });
    }
    const saves = {
      'download-txt': ['txt', (r) => plainText(r), 'text/plain'],
      'download-md': ['md', (r) => rendering(r, 'markdown'), 'text/markdown'],
    };
    for (const [id, [ext, make, mime]] of Object.entries(saves)) {
      $(id).addEventListener('click', async () => {
        if (!this.record) return;
        try {
          download(fileName(this.record, ext), await make(this.record), mime);
        } catch (err) {
          this.showError(`Saving failed: ${err.message}.`);
        }
      });
    }
  }
}

// rendering is the record's Markdown or HTML: from the worker on demand
// (client.js's record.render), or the property when the record has it.
function rendering(record, format) {
  return typeof record.render === 'function' ? record.render(format) : record[format];
}
