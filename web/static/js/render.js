// render.js — builds DOM for a cleaned article from its Record.
//
// Nothing from the input is ever inserted as HTML: a segment's html (already
// sanitized by the cleaner) is parsed in an inert document and copied
// element by element through an allow-list; images are shown as links and
// never loaded; links keep only http(s) and mailto addresses.
//
// Exports:
//   renderArticle(record, { showRemoved, removedInfo }) → DocumentFragment
//     removedInfo: Map id → { why, restored } for the removed pieces.
//   renderRemovedList(items, { limit }) → DocumentFragment of <li>
//     items: [{ id, text, why, restored, inline }]
//   sanitizeHTML(html, context) → DocumentFragment ('table' context for rows)
//   byteSlice(text, start, end) → the substring between UTF-8 byte offsets

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Substring of text between UTF-8 byte offsets (the cleaner's offsets). */
export function byteSlice(text, start, end) {
  return decoder.decode(encoder.encode(text).subarray(start, end));
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

// Inline and block elements copied as they are (without attributes, except
// the few listed in allowedAttrs).
const allowedTags = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins',
  'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
  'p', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'hr',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col',
  'h2', 'h3', 'h4', 'h5', 'h6',
]);
// Elements dropped with everything inside them.
const droppedTags = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math',
  'form', 'input', 'button', 'select', 'textarea', 'video', 'audio', 'source', 'picture', 'canvas', 'link', 'meta',
]);
const allowedAttrs = {
  a: ['title'], abbr: ['title'], time: ['datetime'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan', 'scope'],
  ol: ['start'], li: ['value'], data: ['value'],
};
const safeURL = /^(https?:|mailto:)/i;

/**
 * Parses html in an inert document (nothing loads, nothing runs) and
 * returns a copy holding only allowed elements and attributes.
 * @param {string} html
 * @param {'table'|''} [context] 'table' parses rows and cells
 */
export function sanitizeHTML(html, context = '') {
  const doc = new DOMParser().parseFromString(
    context === 'table' ? `<!doctype html><table>${html}</table>` : `<!doctype html><body>${html}`,
    'text/html');
  const root = context === 'table' ? doc.querySelector('table') : doc.body;
  const out = document.createDocumentFragment();
  if (root) copyChildren(root, out);
  return out;
}

function copyChildren(from, to) {
  for (const child of from.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      to.append(child.data);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      copyElement(child, to);
    }
  }
}

function copyElement(src, to) {
  const tag = src.localName;
  if (droppedTags.has(tag)) return;
  if (tag === 'img') {
    to.append(imageRef(src.getAttribute('alt'), src.getAttribute('src')));
    return;
  }
  if (!allowedTags.has(tag)) {
    copyChildren(src, to); // unknown wrapper: keep its content
    return;
  }
  const node = document.createElement(tag);
  for (const name of allowedAttrs[tag] || []) {
    const v = src.getAttribute(name);
    if (v != null) node.setAttribute(name, v);
  }
  if (tag === 'a') setLink(node, src.getAttribute('href'));
  copyChildren(src, node);
  to.append(node);
}

function setLink(a, href) {
  if (href && safeURL.test(href.trim())) {
    a.href = href.trim();
    a.rel = 'noopener noreferrer nofollow';
    a.target = '_blank';
  }
}

// imageRef shows an image as its description and, when it has a web
// address, a link to it: the page never loads images from the article.
function imageRef(alt, src) {
  const label = `Image${alt ? `: ${alt}` : ''}`;
  if (src && /^https?:/i.test(src.trim())) {
    const a = el('a', 'image-ref', label);
    setLink(a, src);
    return a;
  }
  return el('span', 'image-ref', label);
}

function headingTag(level) {
  return `h${Math.min(6, Math.max(2, level || 2))}`;
}

// segmentElement returns the block element for a segment's kind.
function segmentElement(seg) {
  switch (seg.kind) {
    case 'heading': return document.createElement(headingTag(seg.level));
    case 'list-item': return document.createElement('li');
    case 'quote': return document.createElement('blockquote');
    case 'code': return document.createElement('pre');
    case 'table': return seg.html && !seg.cuts ? el('table', 'data-table') : el('p');
    case 'figure':
    case 'image': return el('figure', 'figure');
    case 'caption': return el('p', 'caption');
    default: return document.createElement('p');
  }
}

// fillSegment puts the segment's content into node.
function fillSegment(node, seg, showRemoved, removedInfo) {
  if (seg.html && !seg.cuts) {
    node.append(sanitizeHTML(seg.html, seg.kind === 'table' ? 'table' : ''));
    return;
  }
  const target = seg.kind === 'code' ? node.appendChild(document.createElement('code')) : node;
  if (!seg.cuts) {
    target.append(seg.text);
    return;
  }
  const bytes = encoder.encode(seg.text);
  const slice = (a, b) => decoder.decode(bytes.subarray(a, b));
  let last = 0;
  for (const cut of [...seg.cuts].sort((x, y) => x.start - y.start)) {
    if (cut.start < last || cut.end > bytes.length) continue;
    target.append(slice(last, cut.start));
    last = cut.end;
    if (cut.restored) {
      target.append(showRemoved ? el('span', 'restored-inline', slice(cut.start, cut.end)) : slice(cut.start, cut.end));
    } else if (showRemoved) {
      target.append(removedInline(cut, removedInfo));
    }
  }
  target.append(slice(last));
  if (!showRemoved) target.normalize();
}

function removedInline(cut, removedInfo) {
  const info = removedInfo.get(cut.id);
  const span = el('span', 'removed-inline');
  span.dataset.id = cut.id;
  span.append(el('del', '', cut.text));
  span.append(restoreButton(cut.id, cut.text, info ? info.why : cut.reason, true));
  return span;
}

function restoreButton(id, text, why, compact) {
  const b = el('button', compact ? 'restore-inline' : 'button small restore', compact ? '↺' : 'Restore');
  b.type = 'button';
  b.dataset.restore = id;
  b.title = `Restore (${why})`;
  b.setAttribute('aria-label', `Restore “${shorten(text, 60)}”, removed as ${why}`);
  return b;
}

function shorten(text, n) {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

/**
 * @param {object} record the cleaner's Record
 * @param {{showRemoved?: boolean, removedInfo?: Map<number, {why: string}>}} [opts]
 */
export function renderArticle(record, { showRemoved = false, removedInfo = new Map() } = {}) {
  const frag = document.createDocumentFragment();
  const header = el('header', 'article-header');
  if (record.title) header.append(el('h1', 'article-title', record.title));
  const meta = el('p', 'article-meta');
  if (record.byline) meta.append(el('span', 'byline', record.byline));
  if (record.date) {
    const t = el('time', 'date', formatDate(record.date));
    t.dateTime = record.date;
    meta.append(t);
  }
  if (record.site) meta.append(el('span', 'site', record.site));
  if (meta.childNodes.length) header.append(meta);
  if (header.childNodes.length) frag.append(header);

  const body = el('div', 'article-body');
  if (record.lang) body.lang = record.lang;
  let list = null;
  let shown = 0;
  for (const seg of record.segments) {
    if (!seg.kept && !showRemoved) continue;
    const node = segmentElement(seg);
    node.dataset.segment = seg.id;
    fillSegment(node, seg, showRemoved, removedInfo);
    let block = node;
    if (!seg.kept) {
      const info = removedInfo.get(seg.id);
      const why = info ? info.why : seg.reason;
      node.classList.add('removed-block');
      node.title = `Removed: ${why}`;
      const tag = el('span', 'removed-tag', why);
      tag.append(restoreButton(seg.id, seg.text, why, false));
      node.prepend(tag);
    } else {
      shown++;
      if (seg.restored && showRemoved) node.classList.add('restored-block');
    }
    if (seg.kind === 'list-item') {
      if (!list) {
        list = document.createElement('ul');
        body.append(list);
      }
      list.append(block);
      continue;
    }
    list = null;
    body.append(block);
  }
  if (shown === 0) {
    body.prepend(el('p', 'nothing-kept', record.pageType === 'empty'
      ? 'Nothing here looks like article text. Turn on “Show removed in place” to see what was found, and restore what you need.'
      : 'Every segment was removed.'));
  }
  frag.append(body);
  return frag;
}

/**
 * "2023-10-12" → "12 October 2023" in the browser's language; a date with a
 * time ("2024-03-14T08:30:00Z") shows its date and local time; other forms
 * unchanged.
 */
function formatDate(date) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(date)) {
    const d = new Date(date);
    if (!Number.isNaN(d.getTime())) {
      return d.toLocaleString(undefined, { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' });
    }
  }
  return date;
}

/**
 * @param {{id: number, text: string, why: string, restored?: boolean, inline?: boolean}[]} items
 * @param {{limit?: number}} [opts] render at most limit items
 */
export function renderRemovedList(items, { limit = Infinity } = {}) {
  const frag = document.createDocumentFragment();
  for (const item of items.slice(0, limit)) {
    const li = el('li', `removed-item${item.restored ? ' is-restored' : ''}`);
    li.dataset.id = item.id;
    const head = el('div', 'removed-head');
    head.append(el('span', 'why', item.why));
    if (item.inline) head.append(el('span', 'inline-tag', 'cut from a paragraph'));
    if (item.restored) head.append(el('span', 'restored-tag', 'restored'));
    li.append(head);
    li.append(el('p', 'removed-text', item.text));
    let b;
    if (item.restored) {
      b = el('button', 'button small ghost undo', 'Undo');
      b.dataset.unrestore = item.id;
      b.setAttribute('aria-label', `Remove “${shorten(item.text, 60)}” again`);
    } else {
      b = restoreButton(item.id, item.text, item.why, false);
    }
    li.append(b);
    frag.append(li);
  }
  return frag;
}
