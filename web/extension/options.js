// options.js — the rules page (the extension's options page): lists the
// per-site rules (rules.js) by site, edits a rule's action and selector,
// deletes it, and exports and imports them as JSON. A selector the
// browser cannot parse is marked here; the cleaner, which reads fewer
// selectors than a browser, reports and skips the ones it refuses in the
// reader.
//
// body[data-state] is 'loading', then 'ready' (tests wait on it).
import { loadRules, saveRules, exportRules, parseRules, mergeRules, checkRule, actions, sameRule } from './rules.js';

const ext = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
const ui = {
  table: $('rules-table'), rules: $('rules'), count: $('rules-count'), none: $('no-rules'), error: $('error'),
  transfer: $('transfer'), exportButton: $('export'), importButton: $('import'), importFile: $('import-file'),
  problems: $('problems'), toast: $('toast'),
};
// toastMs is how long a toast ("Rules imported") stays.
const toastMs = 2200;

let rules = [];

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

// browserProblem is the browser's complaint about a selector, or ''.
function browserProblem(selector) {
  try {
    document.createDocumentFragment().querySelector(selector);
    return '';
  } catch {
    return 'not a valid CSS selector';
  }
}

function render() {
  const sorted = rules.map((r, i) => ({ r, i })).sort((a, b) =>
    a.r.site.localeCompare(b.r.site) || a.r.action.localeCompare(b.r.action) || a.i - b.i);
  ui.rules.replaceChildren(...sorted.map(({ r, i }) => row(r, i)));
  ui.table.hidden = rules.length === 0;
  ui.none.hidden = rules.length > 0;
  const sites = new Set(rules.map((r) => r.site)).size;
  ui.count.textContent = rules.length ? `${rules.length} rule${rules.length === 1 ? '' : 's'} for ${sites} site${sites === 1 ? '' : 's'}` : '';
}

function row(rule, index) {
  const tr = el('tr');
  tr.dataset.index = index;
  tr.dataset.site = rule.site;
  const action = el('select', { ariaLabel: `Action of the rule for ${rule.site}` },
    ...actions.map((a) => el('option', { value: a, textContent: a === 'remove' ? 'Always remove' : 'Always keep', selected: a === rule.action })));
  action.className = 'rule-action';
  action.addEventListener('change', () => update(index, { ...rule, action: action.value }));
  const selector = el('input', { type: 'text', value: rule.selector, ariaLabel: `Selector of the rule for ${rule.site}` });
  selector.className = 'rule-selector';
  const problem = el('span', { className: 'problem' });
  const mark = (msg) => {
    problem.textContent = msg;
    tr.classList.toggle('invalid', msg !== '');
  };
  mark(browserProblem(rule.selector));
  selector.addEventListener('change', () => {
    const next = { ...rule, selector: selector.value.trim() };
    const msg = checkRule(next) || browserProblem(next.selector);
    mark(msg);
    if (!msg) update(index, next);
  });
  const del = el('button', { type: 'button', className: 'button small ghost rule-delete', textContent: 'Delete' });
  del.setAttribute('aria-label', `Delete the rule ${rule.selector} for ${rule.site}`);
  del.addEventListener('click', async () => {
    rules.splice(index, 1);
    await persist('Rule deleted');
  });
  tr.append(el('td', { className: 'rule-site', textContent: rule.site }), el('td', {}, action), el('td', {}, selector, problem), el('td', {}, del));
  return tr;
}

async function update(index, next) {
  if (rules.some((r, i) => i !== index && sameRule(r, next))) {
    rules.splice(index, 1); // now the same as another rule
  } else {
    rules[index] = next;
  }
  await persist('Rule saved');
}

async function persist(message) {
  try {
    await saveRules(rules);
    ui.error.hidden = true;
    toast(message);
  } catch (err) {
    showError(`The rules could not be saved: ${err.message}`);
  }
  render();
}

function showError(message) {
  ui.error.textContent = message;
  ui.error.hidden = false;
}

function toast(message) {
  ui.toast.textContent = message;
  ui.toast.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { ui.toast.hidden = true; }, toastMs);
}

function exportNow() {
  const text = exportRules(rules);
  ui.transfer.value = text;
  const a = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: 'articlecleaner-rules.json' });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  toast(`Exported ${rules.length} rule${rules.length === 1 ? '' : 's'}`);
}

async function importText(text) {
  ui.problems.replaceChildren();
  let parsed;
  try {
    parsed = parseRules(text);
  } catch (err) {
    ui.problems.append(el('li', { textContent: err.message }));
    return;
  }
  const before = rules.length;
  rules = mergeRules(rules, parsed.rules);
  ui.problems.append(...parsed.problems.map((p) => el('li', { textContent: p })));
  await persist(`Imported ${rules.length - before} new rule${rules.length - before === 1 ? '' : 's'}`);
}

ui.exportButton.addEventListener('click', exportNow);
ui.importButton.addEventListener('click', () => importText(ui.transfer.value));
ui.importFile.addEventListener('change', async () => {
  const file = ui.importFile.files[0];
  if (file) await importText(await file.text());
  ui.importFile.value = '';
});
// Another tab (a reader) may add rules while this page is open.
ext.storage.onChanged.addListener(async (changes, area) => {
  if (area === 'local' && changes.rules) {
    rules = await loadRules();
    render();
  }
});

async function start() {
  try {
    rules = await loadRules();
  } catch (err) {
    showError(`The rules could not be read: ${err.message}`);
  }
  render();
  document.body.dataset.state = 'ready';
}

start();
