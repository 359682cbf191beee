// reader-rules.js — per-site rules in the reader tab: the site's rules go
// into each clean (options remove and keep), every kept piece offers
// "Always remove on <site>" and every removed one "Always keep on <site>"
// (or, when one of the user's rules removed it, "Stop removing"), and a
// line above the article says what the rules did, with "Manage rules"
// (the options page). A rule the cleaner refuses is reported and skipped.
//
//   const rules = new ReaderRules({ reclean, client, view });
//   await rules.load(job, stored);                // before the first clean
//   Object.assign(options, rules.options());      // in every clean
//   if (rules.isRuleError(err) && await rules.skipBad()) → clean again
//   rules.decorate(record)                        // after each render
import { siteOf, loadRules, addRule, deleteRule, rulesFor } from './rules.js';

const ext = globalThis.browser ?? globalThis.chrome;

// probeHTML is a page to try one selector on: the cleaner compiles every
// selector before it reads the page, so any page finds a bad one.
const probeHTML = '<p>probe</p>';

export class ReaderRules {
  constructor({ reclean, client, view }) {
    this.reclean = reclean;
    this.client = client;
    this.view = view;
    this.site = '';
    this.rules = [];
    this.skipped = new Map(); // selector → the cleaner's complaint
    this.status = document.getElementById('rules-status');
    document.addEventListener('click', (e) => this.click(e));
  }

  /**
   * Reads the saved rules for the job's site.
   * @param {object} job
   * @param {Promise<Array<object>>} [stored] loadRules() started earlier
   *   (the reader starts it with the page, not after the job arrives)
   */
  async load(job, stored) {
    this.site = job.kind === 'page' ? siteOf(job.url) : '';
    if (!this.site) return;
    try {
      this.rules = await (stored || loadRules());
    } catch (err) {
      this.rules = [];
      console.warn('articlecleaner: the rules could not be read', err);
    }
  }

  /** The site's selectors for the cleaner's options, less skipped ones. */
  options() {
    const { remove, keep } = rulesFor(this.rules, this.site);
    const ok = (s) => !this.skipped.has(s);
    const out = {};
    if (remove.some(ok)) out.remove = remove.filter(ok);
    if (keep.some(ok)) out.keep = keep.filter(ok);
    return out;
  }

  isRuleError(err) {
    return this.site !== '' && /invalid options: (remove|keep) selector/.test(err && err.message);
  }

  /** Finds the selectors the cleaner refuses; reports whether it found any. */
  async skipBad() {
    const before = this.skipped.size;
    const { remove, keep } = rulesFor(this.rules, this.site);
    const tries = [...remove.map((s) => ['remove', s]), ...keep.map((s) => ['keep', s])];
    for (const [action, selector] of tries) {
      if (this.skipped.has(selector)) continue;
      try {
        await this.client.clean(probeHTML, { mode: 'html', [action]: [selector] });
      } catch (err) {
        this.skipped.set(selector, err.message.replace(/^cleaner: invalid options: /, ''));
      }
    }
    return this.skipped.size > before;
  }

  decorate(record) {
    if (!this.site) return;
    const segments = new Map(record.segments.map((s) => [s.id, s]));
    const keptWith = new Map();
    for (const s of record.segments) {
      if (s.kept && s.selector) keptWith.set(s.selector, (keptWith.get(s.selector) || 0) + 1);
    }
    for (const node of document.querySelectorAll('#output [data-segment]')) {
      const seg = segments.get(Number(node.dataset.segment));
      if (!seg || !seg.selector) continue;
      node.append(this.button(seg, keptWith.get(seg.selector) || 0));
    }
    const removed = new Map((this.view.base ? this.view.base.removed : record.removed).map((r) => [r.id, r]));
    for (const li of document.querySelectorAll('#removed li[data-id]')) {
      const item = removed.get(Number(li.dataset.id));
      if (item && !item.inline && item.selector) li.append(this.button({ ...item, kept: false }, 0));
    }
    this.showStatus(record);
  }

  button(seg, sameSelector) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'button small ghost rule-button';
    b.dataset.selector = seg.selector;
    if (seg.kept) {
      b.dataset.ruleAction = 'remove';
      b.dataset.matches = String(sameSelector);
      b.textContent = `Always remove on ${this.site}`;
      b.title = `Remove what matches “${seg.selector}” on ${this.site} from now on` +
        (sameSelector > 1 ? ` (${sameSelector} pieces here)` : '');
    } else if (seg.reason === 'selector' && seg.rule) {
      b.dataset.ruleAction = 'unremove';
      b.dataset.selector = seg.rule;
      b.textContent = `Stop removing on ${this.site}`;
      b.title = `Delete your rule “${seg.rule}” for ${this.site}`;
    } else {
      b.dataset.ruleAction = 'keep';
      b.textContent = `Always keep on ${this.site}`;
      b.title = `Keep what matches “${seg.selector}” on ${this.site} from now on`;
    }
    return b;
  }

  async click(e) {
    const b = e.target.closest('button.rule-button, #manage-rules');
    if (!b) return;
    if (b.id === 'manage-rules') {
      ext.runtime.openOptionsPage();
      return;
    }
    const { ruleAction, selector } = b.dataset;
    const matches = Number(b.dataset.matches || 0);
    if (ruleAction === 'remove' && matches > 1 &&
      !window.confirm(`“${selector}” matches ${matches} pieces of this article. Remove them all on ${this.site} from now on?`)) {
      return;
    }
    try {
      if (ruleAction === 'unremove') {
        this.rules = await deleteRule({ site: this.site, action: 'remove', selector });
      } else {
        this.rules = await addRule({ site: this.site, action: ruleAction, selector });
      }
    } catch (err) {
      this.view.showError(`The rule could not be saved: ${err.message}`);
      return;
    }
    this.view.forget(); // the pieces and their ids change with the rules
    await this.reclean();
    this.view.toast(ruleAction === 'unremove' ? `Rule deleted for ${this.site}` : `Rule saved for ${this.site}`);
  }

  showStatus(record) {
    const s = this.status;
    if (!s) return;
    const { remove, keep } = rulesFor(this.rules, this.site);
    if (remove.length + keep.length === 0) {
      s.hidden = true;
      return;
    }
    const r = record.rules || { removed: 0, kept: 0, notes: [] };
    const parts = [];
    const pieces = (n) => `${n} piece${n === 1 ? '' : 's'}`;
    parts.push(`${pieces(r.removed)} removed by your rules for ${this.site}`);
    if (r.kept) parts.push(`${pieces(r.kept)} kept`);
    const lines = [parts.join(', ') + '.'];
    for (const n of r.notes || []) lines.push(n);
    for (const [selector, why] of this.skipped) lines.push(`Your rule “${selector}” was skipped: ${why}`);
    s.replaceChildren();
    const text = document.createElement('span');
    text.id = 'rules-effect';
    text.textContent = lines.join(' ');
    const manage = document.createElement('button');
    manage.type = 'button';
    manage.id = 'manage-rules';
    manage.className = 'button small ghost';
    manage.textContent = 'Manage rules';
    s.append(text, ' ', manage);
    s.hidden = false;
  }
}
