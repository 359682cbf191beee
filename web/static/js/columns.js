// columns.js — a Record's segments as columns: one array per field rather
// than one object per segment. The wasm writes them so (wasm/record.go
// explains the form), and a Record goes so between threads
// (js/transfer.js): on a 5 MB paste of 90,000 segments the JSON is half
// as long and parses in half the time, and a structured clone of the
// columns takes a sixth of the time of the objects'. segmentsOf makes
// the objects, with the fields in the order and with the omissions of the
// core's JSON (cleaner.Segment).

/**
 * The segments of columns, as objects.
 * @param {object} c the columns
 * @returns {Array<object>}
 */
export function segmentsOf(c) {
  const sparse = (pairs) => new Map(pairs || []);
  const cuts = sparse(c.cuts);
  const rules = sparse(c.rule);
  const restored = new Set(c.restored || []);
  const out = new Array(c.n);
  for (let i = 0; i < c.n; i++) {
    const s = { id: c.id ? c.id[i] : i, kind: c.kinds[c.kind[i]] };
    if (c.level && c.level[i]) s.level = c.level[i];
    s.text = c.text[i];
    if (c.html && c.html[i]) s.html = c.html[i];
    if (c.span && c.span[2 * i] >= 0) s.span = { start: c.span[2 * i], end: c.span[2 * i + 1] };
    s.kept = c.kept[i] === 1;
    if (c.reason[i]) s.reason = c.reasons[c.reason[i]];
    if (c.initial && c.initial[i]) s.initial = c.reasons[c.initial[i]];
    if (restored.has(i)) s.restored = true;
    if (cuts.has(i)) s.cuts = cuts.get(i);
    if (c.selector && c.selector[i]) s.selector = c.selector[i];
    if (rules.has(i)) s.rule = rules.get(i);
    out[i] = s;
  }
  return out;
}
