// read-page.js — runs in the page the user clicked on (injected by the
// background with scripting.executeScript; its value is the last
// expression) and reads it as the browser shows it, not as a static
// parser would:
//
//   - same-origin iframes are read in place of the <iframe> element, and
//     open shadow roots in place of their host's children (slots filled
//     with the light-DOM children assigned to them), so articles inside
//     frames and web components are not lost; frames of another origin
//     cannot be read and are counted (skippedFrames);
//   - elements the page does not render (computed display:none,
//     visibility:hidden, the hidden attribute, checkVisibility() false,
//     or squeezed to nothing with overflow hidden) get
//     data-articlecleaner="hidden", and the cleaner removes them with the
//     reason "hidden" (listed and restorable like any removal);
//   - text hidden only until a click — the body of a closed <details>,
//     hidden="until-found", a region named by the aria-controls of a
//     collapsed disclosure button (aria-expanded="false"), or following
//     that button — gets data-articlecleaner="collapsed": the cleaner
//     keeps it as article text even where its markup says hidden.
//
// The live page is never changed: the HTML is written here from the DOM,
// with the marks added on the way.
//
// It returns { html, url, title, skippedFrames, hiddenCount, collapsedCount }.
(() => {
  'use strict';

  const MARK = 'data-articlecleaner';

  // squeezedMaxPx: an element at most this wide or high whose overflow is
  // hidden shows nothing (the screen-reader-only pattern is 1×1 px; a
  // closed height-animated panel is 0 px high).
  const squeezedMaxPx = 1;

  // voidTags have no end tag; rawTags hold text that is not escaped.
  const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const rawTags = new Set(['script', 'style', 'xmp', 'noembed', 'noframes', 'noscript', 'plaintext']);
  // unmarked: elements never rendered by design, or whose rendering says
  // nothing about the text (the cleaner has its own rules for them).
  const unmarked = new Set(['head', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template', 'br', 'wbr',
    'source', 'track', 'param', 'area', 'map', 'option', 'optgroup', 'datalist', 'slot', 'col', 'colgroup', 'summary']);

  const out = [];
  const stats = { skippedFrames: 0, hiddenCount: 0, collapsedCount: 0 };
  const controlled = collapsedTargets(document);

  const esc = (s) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
  const escAttr = (s) => s.replace(/[&"]/g, (c) => (c === '&' ? '&amp;' : '&quot;'));

  // collapsedTargets: the ids named by aria-controls of collapsed
  // disclosure controls in doc.
  function collapsedTargets(doc) {
    const ids = new Set();
    for (const el of doc.querySelectorAll('[aria-expanded="false"][aria-controls]')) {
      for (const id of el.getAttribute('aria-controls').split(/\s+/)) if (id) ids.add(id);
    }
    return ids;
  }

  function styleOf(el) {
    const view = el.ownerDocument.defaultView;
    return view ? view.getComputedStyle(el) : null;
  }

  // isCollapsedControl: a collapsed disclosure button or the element
  // holding it as its last child.
  function isCollapsedControl(el) {
    if (!el) return false;
    if (el.getAttribute('aria-expanded') === 'false') return true;
    const last = el.lastElementChild;
    return !!last && last.getAttribute('aria-expanded') === 'false';
  }

  // isCollapsed: el is hidden until the reader opens it.
  function isCollapsed(el, parent) {
    if (el.getAttribute('hidden') === 'until-found') return true;
    if (el.id && controlled.has(el.id)) return true;
    if (parent && parent.localName === 'details' && !parent.open && el.localName !== 'summary') return true;
    return isCollapsedControl(el.previousElementSibling);
  }

  // rendered: is el, whose parent is rendered, shown on the page? The
  // browser's own answer (checkVisibility) first; a computed style only
  // for the few elements it leaves open, since building one for every
  // element of a big page costs more than the rest of the reading.
  function rendered(el) {
    if (typeof el.checkVisibility !== 'function') return renderedByStyle(el, styleOf(el));
    if (!el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) {
      // display: contents has no box of its own: its children decide.
      const st = styleOf(el);
      return !!st && st.display === 'contents' && st.visibility !== 'hidden';
    }
    return !squeezed(el);
  }

  // renderedByStyle is rendered for browsers without checkVisibility.
  function renderedByStyle(el, st) {
    if (!st || st.display === 'contents') return true;
    if (st.display === 'none' || st.visibility === 'hidden' || st.visibility === 'collapse') return false;
    return !squeezed(el);
  }

  // squeezed: el is at most squeezedMaxPx wide or high, its overflow hidden.
  function squeezed(el) {
    const r = el.getBoundingClientRect();
    if (r.width > squeezedMaxPx && r.height > squeezedMaxPx) return false;
    const st = styleOf(el);
    return !!st && st.display !== 'inline' && /hidden|clip/.test(`${st.overflowX} ${st.overflowY}`);
  }

  // ownHidden: inside a collapsed region, where nothing has a layout, is
  // el hidden by its own style (its region shown, would it still hide)?
  function ownHidden(el) {
    if (el.hidden && el.getAttribute('hidden') !== 'until-found') return true;
    const st = styleOf(el);
    if (!st || st.display === 'none') return !!st;
    if (st.visibility !== 'hidden') return false;
    const up = el.parentElement && styleOf(el.parentElement);
    return !up || up.visibility !== 'hidden';
  }

  // markOf: el's mark and the mode of its subtree: 'shown' (check
  // everything), 'collapsed' (check own styles only), 'hidden' (nothing
  // to check).
  function markOf(el, parent, mode) {
    if (el.localName === 'head') return ['', 'hidden']; // never rendered, never marked
    if (mode === 'hidden' || unmarked.has(el.localName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return ['', mode];
    const visible = mode === 'shown' ? rendered(el) : !ownHidden(el);
    if (visible) return ['', mode];
    if (isCollapsed(el, parent)) return ['collapsed', 'collapsed'];
    return ['hidden', 'hidden'];
  }

  function writeNode(node, parent, mode) {
    switch (node.nodeType) {
      case Node.TEXT_NODE:
        out.push(parent && rawTags.has(parent.localName) ? node.data : esc(node.data));
        return;
      case Node.ELEMENT_NODE:
        writeElement(node, parent, mode);
        return;
      default:
        // Comments, processing instructions: nothing a reader sees.
    }
  }

  function writeElement(el, parent, mode) {
    const [mark, childMode] = markOf(el, parent, mode);
    if (mark === 'hidden') stats.hiddenCount++;
    if (mark === 'collapsed') stats.collapsedCount++;
    const isFrame = el.localName === 'iframe' || el.localName === 'frame';
    // A frame's document goes in a <div>: the inside of <iframe> is text
    // to an HTML parser.
    const tag = isFrame && frameDocument(el) ? 'div' : el.localName;
    out.push('<', tag);
    for (const a of el.attributes) {
      if (a.name === MARK) continue; // the page's own would lie
      out.push(' ', a.name, '="', escAttr(a.value), '"');
    }
    if (mark) out.push(' ', MARK, '="', mark, '"');
    out.push('>');
    if (voidTags.has(tag)) return;
    if (isFrame) {
      writeFrame(el, childMode);
    } else if (tag === 'template') {
      out.push(el.innerHTML);
    } else if (el.shadowRoot) {
      writeChildren(el.shadowRoot, el, childMode);
    } else if (tag === 'slot') {
      const assigned = el.assignedNodes();
      if (assigned.length > 0) {
        for (const n of assigned) writeNode(n, n.parentElement || el, childMode);
      } else {
        writeChildren(el, el, childMode);
      }
    } else {
      writeChildren(el, el, childMode);
    }
    out.push('</', tag, '>');
  }

  function writeChildren(root, parent, mode) {
    for (let n = root.firstChild; n; n = n.nextSibling) writeNode(n, parent, mode);
  }

  // writeFrame writes a same-origin frame's body in place; another
  // origin's frame cannot be read (contentDocument is null) and is counted.
  function writeFrame(frame, mode) {
    const doc = frameDocument(frame);
    if (!doc) {
      if (frameHasSource(frame)) stats.skippedFrames++;
      return;
    }
    if (!doc.body) return;
    const saved = new Set(controlled);
    for (const id of collapsedTargets(doc)) controlled.add(id);
    writeChildren(doc.body, frame, mode);
    controlled.clear();
    for (const id of saved) controlled.add(id);
  }

  function frameDocument(frame) {
    try {
      return frame.contentDocument;
    } catch {
      return null;
    }
  }

  // frameHasSource: the frame shows a document (not an empty frame).
  function frameHasSource(frame) {
    const src = frame.getAttribute('src') || '';
    return src !== '' && src !== 'about:blank' && !src.startsWith('javascript:');
  }

  const root = document.documentElement;
  if (root) writeElement(root, null, 'shown');
  const doctype = document.doctype ? '<!DOCTYPE html>' : '';
  return {
    html: doctype + out.join(''),
    url: location.href,
    title: document.title,
    ...stats,
  };
})();
