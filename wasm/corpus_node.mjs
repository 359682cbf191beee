// corpus_node.mjs — corpus_test.go's Node.js side: cleans each file named
// on standard input (one path a line; .html.gz as HTML, .txt as text) with
// the wasm through web/static/js/loader.js, and writes one JSON line per
// file: {"path", "record"} with markdown and html read through their lazy
// getters, or {"path", "error"}.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import readline from 'node:readline';

const dir = process.env.ARTICLECLEANER_WASM_DIR;
await import(path.join(dir, 'wasm_exec.js'));
const { loadCleaner } = await import('../web/static/js/loader.js');
const cleaner = await loadCleaner(fs.readFileSync(path.join(dir, 'articlecleaner.wasm')));

const lines = readline.createInterface({ input: process.stdin });
for await (const file of lines) {
  if (!file) continue;
  let bytes = fs.readFileSync(file);
  if (file.endsWith('.gz')) bytes = zlib.gunzipSync(bytes);
  const mode = file.endsWith('.txt') ? 'text' : 'html';
  let out;
  try {
    const r = cleaner.clean(new Uint8Array(bytes), { mode });
    out = { path: file, record: { ...r, markdown: r.markdown, html: r.html } };
  } catch (err) {
    out = { path: file, error: String(err.message) };
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}
