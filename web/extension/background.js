// background.js — the extension's background script: a service worker in
// Chrome, an event page in Firefox (the manifest names it both ways).
//
// On the toolbar button (or Alt+Shift+C)
// it reads the current page (read-page.js) with scripting.executeScript
// (allowed by activeTab: the user's click grants access to that one tab),
// on "Clean selected text" (context menu or Alt+Shift+S) it reads the
// selection, keeps what it read in memory under a random id, and opens
// reader.html#<id> next to the page. The reader page takes the job with a
// runtime message. Nothing runs in the page but the reading: the page's
// own CSP, which may forbid WebAssembly, never applies.
//
// The reader tab is opened at once, while the page is still being read
// and cleaned: its page loads meanwhile, and its 'take' is answered as
// soon as the clean ends. Done one after the other, the read
// and the reader's start added up (most of a second on a loaded machine).
//
// Jobs stay here rather than in storage.session, whose quota (10 MB in
// Chrome) is smaller than big pages; a message carries up to 64 MiB.
//
// Messages in (from the extension's own pages only):
//   { type: 'take', id } → the job { kind: 'page'|'selection', input, url,
//     title, timing, record?, recordAt?, cleanId?, version? } or { kind,
//     url, title, error, timing }, once, when it has been read (and
//     cleaned); null when unknown. A cleaned job carries its Record
//     (record: packed by js/transfer.js, as JSON), or says that the
//     offscreen document keeps it (recordAt: 'offscreen', asked for with
//     cleanId through cleaner-channel.js); it comes without its input and
//     with inputLater: true; then
//   { type: 'take-input', id } → that input, once (null when unknown);
//   { type: 'render', cleanId, format: 'markdown'|'html' } → the Markdown
//     or HTML of the Record of that clean (the job's cleanId), rendered by
//     the background's cleaner while it is the latest clean there (null
//     otherwise: the reader's worker cleans again).
// timing: { clicked, read, ready, warmed, cleaned, startMs, cleanMs,
//   cleanedIn }, ms since the epoch (the reader adds its own steps; the
//   tests print them).
//
// The background has its own cleaner, kept warm: in Chrome in an offscreen
// document (offscreen-cleaner.js), which stays while the browser runs,
// across the service worker's stops; in Firefox in the event page itself
// (warm-cleaner.js). It cleans the page as soon as it is read, with the
// options the reader would use (the site's rules), and the job carries
// the Record; the reader only shows it. Where the background cannot clean
// (its cleaner failed to start, or refused the input or a rule), the job
// goes without a Record and the reader cleans it in its own worker, which
// says why. A click that finds no cleaner started (the first after a
// browser start in Firefox, or a Chrome that closed the offscreen
// document) is cleaned by its reader, and the background's cleaner
// starts after it.
import { warmCleaner } from './warm-cleaner.js';
import { offscreenCleaner } from './offscreen-cleaner.js';
import { loadRules, rulesFor, siteOf } from './rules.js';

const ext = globalThis.browser ?? globalThis.chrome;

// warmStartMs: the background's cleaner starts this long after the
// background does, so that the event that woke it (a click) is handled
// first; a click before then is cleaned by its reader, and the start waits
// warmPostponeMs more, for that reader's worker to have the CPU.
const warmStartMs = 300;
const warmPostponeMs = 1000;

const warm = ext.offscreen
  ? offscreenCleaner(warmStartMs)
  : warmCleaner(new URL('articlecleaner.wasm', import.meta.url), warmStartMs);

// jobTTLms bounds how long an unclaimed job is kept: the reader tab claims
// it within a second; a tab that never loads must not pin a page's HTML.
const jobTTLms = 5 * 60 * 1000;

// readAttempts and readRetryMs: the activeTab grant can reach the page a
// moment after the click event (seen when the click comes through the
// DevTools protocol), so a refused read is tried again briefly before the
// page is reported unreadable; about a second in all.
const readAttempts = 6;
const readRetryMs = 200;

// maxInputChars is the cleaner's input limit (32 MiB; a character is at
// least one byte): a larger page is refused here rather than sent to the
// reader, which a message of over 64 MiB would not even reach.
const maxInputChars = 32 << 20;

const menuId = 'clean-selection';
const jobs = new Map();
// inputs: the input of a job taken with its Record, kept until the reader
// asks for it ('take-input') once the article shows.
const inputs = new Map();

// The browser tests drive the background from its console, where a
// module's names are not global: these are (only this extension's own
// contexts can reach the background's globals).
globalThis.articlecleanerTest = {
  get jobs() { return jobs; },
  cleanSelection: (...args) => cleanSelection(...args),
  preclean: (...args) => preclean(...args),
  cleanerStatus: () => warm.status(),
};

// The browser started, or the extension was installed or updated: no
// click woke the background, so its cleaner starts at once (warm.startNow)
// rather than after warmStartMs.
ext.runtime.onStartup.addListener(() => warm.startNow());

// The context menu item "Clean selected text", made at every start of the
// background (the install's first start included), not only in
// onInstalled: in the CI's loaded browser the item was once missing 90 s
// after the install, and a background that runs always has its item. The
// browser keeps it across restarts, so an existing item (an update, a
// background woken again) is not an error.
ext.contextMenus.create({ id: menuId, title: 'Clean selected text', contexts: ['selection'] }, () => {
  void ext.runtime.lastError;
});

ext.runtime.onInstalled.addListener(() => warm.startNow());

ext.action.onClicked.addListener((tab) => {
  cleanPage(tab, Date.now());
});

ext.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === menuId) cleanSelection(tab, info, Date.now());
});

ext.commands.onCommand.addListener((command, tab) => {
  if (command === menuId) cleanSelection(tab, {}, Date.now());
});

ext.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || !fromReader(sender)) return false;
  if (msg.type === 'render') {
    render(msg.cleanId, msg.format).then(sendResponse);
    return true;
  }
  if (msg.type === 'take-input') {
    const input = inputs.get(msg.id);
    inputs.delete(msg.id);
    sendResponse(input ?? null);
    return false;
  }
  if (msg.type !== 'take') return false;
  const job = jobs.get(msg.id) || null;
  jobs.delete(msg.id);
  // The job may still be being read: answer when it is (true keeps the
  // channel open for the answer).
  Promise.resolve(job).then((j) => sendResponse(withoutInput(msg.id, j)));
  return true;
});

// render is the Markdown or HTML of the Record of clean cleanId, if it is
// the latest clean of the background's cleaner; null otherwise (the
// reader's worker cleans again).
async function render(cleanId, format) {
  if (typeof cleanId !== 'string' || (format !== 'markdown' && format !== 'html')) return null;
  try {
    return await warm.render(cleanId, format);
  } catch (err) {
    console.warn('articlecleaner: rendering in the background failed; the reader cleans again', err);
    return null;
  }
}

// withoutInput: a job with a Record goes to the reader without its input,
// kept here for 'take-input': the reader shows the Record first and needs
// the input only to clean again (restores, rules, Markdown), so a big
// page's HTML is not serialised in front of the article (a message is
// serialised whole: 2.3 MB of it took 0.3–0.6 s on a loaded machine).
function withoutInput(id, job) {
  if (!job || !(job.record || job.recordAt) || typeof job.input !== 'string') return job;
  const { input, ...rest } = job;
  inputs.set(id, input);
  setTimeout(() => inputs.delete(id), jobTTLms);
  return { ...rest, inputLater: true };
}

// fromReader reports whether a message comes from this extension's reader
// page (no content script or other extension can send 'take').
function fromReader(sender) {
  return sender.id === ext.runtime.id && typeof sender.url === 'string' &&
    sender.url.startsWith(ext.runtime.getURL('reader.html'));
}

// readPageScript runs in the page and returns its HTML as rendered, with
// frames, shadow roots and visibility marks, its address and title (see
// read-page.js).
const readPageScript = { files: ['read-page.js'] };

// readSelection runs in the page (or the frame the menu was opened in):
// the selected text with its line breaks, which info.selectionText loses.
function readSelection() {
  const el = document.activeElement;
  let text = '';
  if (el && (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && typeof el.selectionStart === 'number'))) {
    text = el.value.slice(el.selectionStart, el.selectionEnd);
  }
  if (!text) {
    const sel = window.getSelection();
    text = sel ? sel.toString() : '';
  }
  return { text, url: location.href, title: document.title };
}

// cleanPage opens the reader on the tab's page while reading it.
// The background cleans the click's page when its cleaner runs, or was
// already starting before the click (warm.cleansHere): then it is ahead
// of a reader's worker, which would fetch, compile and start the wasm
// again. One not started yet (a click that woke the background and found
// no cleaner) is left to the reader (see preclean).
async function cleanPage(tab, clicked) {
  const here = await warm.cleansHere();
  if (here) warm.prepare();
  return openReader(readPage(tab, clicked, here), tab, here);
}

// readPage reads the tab's page into a job.
async function readPage(tab, clicked, here) {
  let job;
  try {
    const page = await runInTab(tab.id, undefined, readPageScript);
    job = page.html.length > maxInputChars
      ? { kind: 'page', url: page.url, title: page.title, error: tooLarge('page', page.html.length) }
      : { kind: 'page', input: page.html, url: page.url, title: page.title, skippedFrames: page.skippedFrames };
  } catch (err) {
    job = { kind: 'page', url: tab.url || '', title: tab.title || '', error: unreadable(err) };
  }
  job.timing = { clicked, read: Date.now() };
  return here ? preclean(job) : Object.assign(job, { timing: { ...job.timing, cleanedIn: 'reader' } });
}

// preclean cleans the job's input with the warm cleaner and adds the
// Record to the job, with the options the reader uses for a first clean
// (reader.js cleanOptions: the mode, nothing restored, the page's address
// and its site's rules). On any failure the job goes as it is: the reader
// cleans it and reports the cleaner's error itself.
// It is used when the warm cleaner had started, or was starting, at the
// click (here, cleansHere): one not started, in a service worker the
// click itself woke, would clean cold on the background's one thread,
// slower (0.9–1.9 s measured) than the reader's own worker, which then
// starts at once instead.
async function preclean(job) {
  if (job.error) return job;
  try {
    const options = { mode: job.kind === 'selection' ? 'text' : 'html', restore: [] };
    if (/^https?:/i.test(job.url || '')) options.url = job.url;
    const site = job.kind === 'page' ? siteOf(job.url) : '';
    if (site) {
      const { remove, keep } = rulesFor(await loadRules(), site);
      if (remove.length > 0) options.remove = remove;
      if (keep.length > 0) options.keep = keep;
    }
    const done = await warm.clean(job.input, options);
    Object.assign(job.timing, {
      ready: done.readyAt, warmed: done.warmedAt, cleaned: Date.now(),
      startMs: done.startMs, cleanMs: done.ms, cleanedIn: 'background',
    });
    // The Record comes as JSON (record), or stays with the offscreen
    // document's cleaner, which the reader asks for it (recordAt).
    return Object.assign(job, { record: done.record, recordAt: done.recordAt, cleanId: done.cleanId, version: done.version });
  } catch (err) {
    job.timing.cleanedIn = 'reader';
    return job;
  }
}

// cleanSelection opens the reader on the selection in the tab while
// reading it.
async function cleanSelection(tab, info, clicked) {
  const here = await warm.cleansHere();
  if (here) warm.prepare();
  return openReader(readSelectionJob(tab, info, clicked, here), tab, here);
}

// readSelectionJob reads the selection in the tab (in the frame of the
// context menu when there is one) into a job of pasted text.
// info.selectionText is the fallback where the page cannot be read.
async function readSelectionJob(tab, info, clicked, here) {
  let job;
  try {
    const frameIds = typeof info.frameId === 'number' ? [info.frameId] : undefined;
    const sel = await runInTab(tab.id, frameIds, readSelection);
    job = { kind: 'selection', input: sel.text || info.selectionText || '', url: sel.url, title: sel.title };
  } catch (err) {
    job = info.selectionText
      ? { kind: 'selection', input: info.selectionText, url: tab.url || '', title: tab.title || '' }
      : { kind: 'selection', url: tab.url || '', title: tab.title || '', error: unreadable(err) };
  }
  if (!job.error && job.input.length > maxInputChars) {
    job = { kind: 'selection', url: job.url, title: job.title, error: tooLarge('selection', job.input.length) };
  } else if (!job.error && !job.input.trim()) {
    job = { ...job, error: 'No text is selected. Select the article’s text on the page, then choose “Clean selected text”.' };
  }
  job.timing = { clicked, read: Date.now() };
  return here ? preclean(job) : Object.assign(job, { timing: { ...job.timing, cleanedIn: 'reader' } });
}

// runInTab runs func (or { files }) in the tab and returns its value.
async function runInTab(tabId, frameIds, func) {
  const target = frameIds ? { tabId, frameIds } : { tabId };
  const inject = typeof func === 'function' ? { func } : func;
  let results;
  for (let attempt = 1; ; attempt++) {
    try {
      results = await ext.scripting.executeScript({ target, ...inject });
      break;
    } catch (err) {
      if (attempt >= readAttempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, readRetryMs));
    }
  }
  const first = results && results[0];
  if (!first || first.result == null) throw new Error('the page returned nothing');
  return first.result;
}

function unreadable(err) {
  return `This page cannot be read by extensions (${err && err.message || err}). ` +
    'Browser pages, the extension stores and some built-in viewers are closed to them; ' +
    'copy the text and paste it into the Article Cleaner page instead.';
}

function tooLarge(kind, chars) {
  const mb = (n) => `${Math.round(n / (1 << 20))} MB`;
  const limit = `the cleaner takes up to ${mb(maxInputChars)}.`;
  return kind === 'page'
    ? `This page is too large to clean: ${mb(chars)} of HTML, and ${limit} Select the article’s text and use “Clean selected text” instead.`
    : `The selection is too large to clean: ${mb(chars)}, and ${limit}`;
}

// openReader keeps the job (or the promise of it) under a new id and
// opens the reader tab on it; here says the background cleans it.
async function openReader(job, tab, here) {
  warm.hold();
  if (!here) warm.postpone(warmPostponeMs);
  const id = crypto.randomUUID();
  jobs.set(id, job);
  setTimeout(() => jobs.delete(id), jobTTLms);
  // A background whose cleaner has not started tells the reader to start
  // its own worker at once (start-worker.js).
  const query = here ? '' : '?clean=reader';
  const props = { url: ext.runtime.getURL(`reader.html${query}#${id}`) };
  if (tab && typeof tab.index === 'number') props.index = tab.index + 1;
  if (tab && typeof tab.id === 'number' && tab.id >= 0) props.openerTabId = tab.id;
  return ext.tabs.create(props);
}
