// pwa.js — makes the page an installable, offline app: registers the
// service worker (sw.js) and hands text or a file shared from another app
// (the manifest's share_target, received by sw.js) to the page.
// Only the page loads it; the extension has its own pages.
import { receive } from './js/app.js';

// SHARED and its keys are sw.js's.
const SHARED = 'articlecleaner-shared';

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch((err) => {
    // The page works without it, only not offline.
    console.warn(`articlecleaner: no offline mode: ${err.message}`);
  });
}

if (new URLSearchParams(location.search).has('shared')) takeShared();

async function takeShared() {
  // A reload must not take the same share again.
  history.replaceState(null, '', location.pathname);
  if (!('caches' in self)) return;
  const cache = await caches.open(SHARED);
  const metaURL = new URL('shared/meta', location.href).href;
  const fileURL = new URL('shared/file', location.href).href;
  const meta = await cache.match(metaURL);
  if (!meta) return;
  const shared = await meta.json();
  const blob = shared.file && await (await cache.match(fileURL))?.blob();
  await Promise.all([cache.delete(metaURL), cache.delete(fileURL)]);
  let { title, text, url } = shared;
  text = text.trim();
  // Apps often share an address as the text.
  if (!url && /^https?:\/\/\S+$/.test(text)) [url, text] = [text, ''];
  if (title && text && !text.includes(title.trim())) text = `${title.trim()}\n\n${text}`;
  const file = blob ? new File([blob], shared.file.name, { type: shared.file.type }) : null;
  receive({ text, url, file });
}
