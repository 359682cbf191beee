// selectors.js — the page's "Selectors" field under the input, beside the
// page address: CSS selectors for HTML input, the article's root (content)
// and what to remove and keep, each a selector or a group ("aside, .ad"),
// passed to the cleaner as options content, remove and keep; and the line
// that says what they did (record.rules).
//
// Exports:
//   selectorOptions() → { content?, remove?, keep? } from the fields
//   showSelectorNotes(record) — the rules' effect and notes, or nothing
//   onSelectorsChange(fn) — fn() when a field changes

const $ = (id) => document.getElementById(id);
const fields = { content: $('sel-content'), remove: $('sel-remove'), keep: $('sel-keep') };
const note = $('selectors-note');

export function selectorOptions() {
  const out = {};
  const content = fields.content.value.trim();
  const remove = fields.remove.value.trim();
  const keep = fields.keep.value.trim();
  if (content) out.content = content;
  if (remove) out.remove = [remove];
  if (keep) out.keep = [keep];
  return out;
}

export function showSelectorNotes(record) {
  const r = record && record.rules;
  if (!r) {
    note.hidden = true;
    note.textContent = '';
    return;
  }
  const parts = [];
  const pieces = (n) => `${n} piece${n === 1 ? '' : 's'}`;
  if (r.contentUsed) parts.push(`Content: ${pieces(r.outside)} outside it removed.`);
  if (r.removed) parts.push(`Remove: ${pieces(r.removed)} removed.`);
  if (r.kept) parts.push(`Keep: ${pieces(r.kept)} kept.`);
  parts.push(...(r.notes || []));
  note.textContent = parts.join(' ') || 'The selectors matched nothing that the cleaner kept or removed.';
  note.hidden = false;
}

export function onSelectorsChange(fn) {
  for (const f of Object.values(fields)) f.addEventListener('input', fn);
}
