// transfer.js — a Record carried from one thread or context to another,
// packed: from the page's worker to the page (serve.js → client.js), and
// in the extension from the background's cleaner to the reader tab.
//
// A message is copied whole before the other side can use any of it, so
// the Record goes in the form the wasm writes it (wasm/record.go): without
// its removed list, which repeats the text of every removed segment, and
// with its segments as columns (js/columns.js), as one JSON string, which
// the worker makes without parsing the wasm's (loader.js _cleanPacked).
// On a 5 MB paste whose repeats are removed, a structured clone of the
// Record took 0.9–1.2 s in Node.js with the list and its segments as
// objects, 0.33–0.48 s without the list; of the columns, 48–91 ms. The
// other side rebuilds the segments and the list with the loader's own
// segmentsOf and removedOf, as the loader does for its Records, so they
// are the same.
//
//   { record, reasons }      the packed form: the Record with removed: 0
//     and columns for segments; reasons: {kept, words}, the name of the
//     reason of a segment removed without one of its own, and each
//     reason's words as [name, words] pairs.
//   const record = unpackRecord(JSON.parse(json)); // where it is used
import { removedOf } from './loader.js';
import { segmentsOf } from './columns.js';

/**
 * The Record with its segments and removed list rebuilt (in place).
 * @param {{record: object, reasons: {kept: string|undefined, words: Array<[string, string]>}}} packed
 */
export function unpackRecord({ record, reasons }) {
  record.segments = segmentsOf(record.segments);
  record.removed = removedOf(record.segments, { kept: reasons.kept, words: new Map(reasons.words) });
  return record;
}
