// record-transfer.js — the Record the background's cleaner made, carried to
// the reader tab (background.js → reader.js) without its removed list: a
// message is serialised whole before the reader can show anything, and
// the removed list repeats the text of every removed segment (on a page of
// 2.5 MB, 2.8 of the Record's 8.1 MB of JSON). The reader rebuilds it from
// the segments with the loader's own removedOf, as the loader does for the
// Record that crosses from the wasm, so it is the same list.
//
//   const sent = JSON.stringify(packRecord(record)); // in the background's cleaner
//   const record = unpackRecord(JSON.parse(sent));   // in the reader
// (As one JSON string, the Record goes through the messages from the
// cleaner to the background and on to the reader much faster than as an
// object, which each message would serialise again.)
import { removedOf } from './js/loader.js';

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
