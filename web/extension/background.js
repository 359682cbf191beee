// background.js — the extension's background script: a service worker in
// Chrome, an event page in Firefox (the manifest names it both ways).
//
// It never cleans anything itself. On the toolbar button (or Alt+Shift+C)
// it reads the current page (read-page.js) with scripting.executeScript
// (allowed by activeTab: the user's click grants access to that one tab),
// on "Clean selected text" (context menu or Alt+Shift+S) it reads the
// selection, keeps what it read in memory under a random id, and opens
// reader.html#<id> next to the page. The reader page takes the job with a
// runtime message and cleans it in its own worker: the page's own CSP,
// which may forbid WebAssembly, never applies.
//
// The reader tab is opened at once, while the page is still being read:
// its page, worker and wasm start during the read, and its 'take' is
// answered as soon as the read ends. Done one after the other, the read
// and the reader's start added up (most of a second on a loaded machine).
//
// Jobs stay here rather than in storage.session, whose quota (10 MB in
// Chrome) is smaller than big pages; a message carries up to 64 MiB.
//
// Messages in (from the extension's own pages only):
//   { type: 'take', id } → the job { kind: 'page'|'selection', input, url,
//     title, timing } or { kind, url, title, error, timing }, once, when it
//     has been read; null when unknown. timing: { clicked, read }, ms since
//     the epoch (the reader adds its own steps; the tests print them).
'use strict';

const ext = globalThis.browser ?? globalThis.chrome;

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

ext.runtime.onInstalled.addListener(() => {
  ext.contextMenus.create({ id: menuId, title: 'Clean selected text', contexts: ['selection'] }, () => {
    // A second install (an update) finds the item already there.
    void ext.runtime.lastError;
  });
});

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
  if (!msg || msg.type !== 'take' || !fromReader(sender)) return false;
  const job = jobs.get(msg.id) || null;
  jobs.delete(msg.id);
  // The job may still be being read: answer when it is (true keeps the
  // channel open for the answer).
  Promise.resolve(job).then(sendResponse);
  return true;
});

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
function cleanPage(tab, clicked) {
  return openReader(readPage(tab, clicked), tab);
}

// readPage reads the tab's page into a job.
async function readPage(tab, clicked) {
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
  return job;
}

// cleanSelection opens the reader on the selection in the tab while
// reading it.
function cleanSelection(tab, info, clicked) {
  return openReader(readSelectionJob(tab, info, clicked), tab);
}

// readSelectionJob reads the selection in the tab (in the frame of the
// context menu when there is one) into a job of pasted text.
// info.selectionText is the fallback where the page cannot be read.
async function readSelectionJob(tab, info, clicked) {
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
  return job;
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
// opens the reader tab on it.
async function openReader(job, tab) {
  const id = crypto.randomUUID();
  jobs.set(id, job);
  setTimeout(() => jobs.delete(id), jobTTLms);
  const props = { url: ext.runtime.getURL(`reader.html#${id}`) };
  if (tab && typeof tab.index === 'number') props.index = tab.index + 1;
  if (tab && typeof tab.id === 'number' && tab.id >= 0) props.openerTabId = tab.id;
  return ext.tabs.create(props);
}
