// transfer.js — a Record carried from one thread or context to another
// without its removed list: from the page's worker to the page
// (serve.js → client.js), and in the extension from the background's
// cleaner to the reader tab. A message is copied whole before the other
// side can use any of it, and the removed list repeats the text of every
// removed segment: on a 5 MB paste whose repeats are removed, copying the
// Record by structured clone took 0.9–1.2 s in Node.js with the list and
// 0.33–0.48 s without it; on a page of 2.5 MB the list was 2.8 of the
// Record's 8.1 MB of JSON. The other side rebuilds it from the segments
// with the loader's own removedOf, as the loader does for the Record that
// crosses from the wasm, so it is the same list.
//
//   const packed = packRecord(record);   // where it was cleaned
//   const record = unpackRecord(packed); // where it is used
// (The extension sends it as one JSON string, JSON.stringify(packed):
// runtime messages serialise an object again at every step.)
import { removedOf } from './loader.js';

/**
 * The Record without its removed list, and the reasons' words that
 * rebuild it: each reason's words as the list had them, and the name of
 * the reason the core gives a segment removed without one of its own.
 * @param {object} record a Record from the cleaner (removed rebuilt by the loader)
 * @returns {{record: object, reasons: {kept: string|undefined, words: Array<[string, string]>}}}
 */
export function packRecord(record) {
  const words = new Map();
  for (const r of record.removed) words.set(r.reason, r.why);
  let kept;
  const bare = record.segments.find((s) => !s.kept && s.reason == null);
  if (bare) {
    const r = record.removed.find((x) => !x.inline && x.segment === bare.id);
    kept = r && r.reason;
  }
  // removed: 0 keeps the key where it was, as the wasm's JSON has it.
  return { record: { ...record, removed: 0 }, reasons: { kept, words: [...words] } };
}

/**
 * The Record with its removed list rebuilt (in place).
 * @param {{record: object, reasons: {kept: string|undefined, words: Array<[string, string]>}}} packed
 */
export function unpackRecord({ record, reasons }) {
  record.removed = removedOf(record.segments, { kept: reasons.kept, words: new Map(reasons.words) });
  return record;
}
