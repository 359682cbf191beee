// Tests of the wasm API in Node.js, through web/static/js/loader.js as the
// page uses it. Run by node_test.go (go test ./wasm), which builds the wasm
// and sets ARTICLECLEANER_WASM_DIR and ARTICLECLEANER_SEED.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const dir = process.env.ARTICLECLEANER_WASM_DIR;
const seedPath = process.env.ARTICLECLEANER_SEED;
let cleaner;
let seed;

before(async () => {
  assert.ok(dir, 'ARTICLECLEANER_WASM_DIR is not set: run this through go test ./wasm');
  await import(path.join(dir, 'wasm_exec.js'));
  const { loadCleaner } = await import('../web/static/js/loader.js');
  cleaner = await loadCleaner(await readFile(path.join(dir, 'articlecleaner.wasm')));
  seed = await readFile(seedPath, 'utf8');
});

test('the API is registered on globalThis with a version', () => {
  assert.equal(globalThis.articlecleaner, cleaner);
  assert.equal(typeof cleaner.clean, 'function');
  assert.equal(typeof cleaner.version, 'string');
  assert.ok(cleaner.version.length > 0);
});

test('cleans the seed: title, date and six paragraphs', () => {
  const r = cleaner.clean(seed, { mode: 'auto' });
  assert.equal(r.title, 'Strike talks break off between Hollywood actors and studios');
  assert.equal(r.date, '2023-10-12');
  assert.equal(r.mode, 'text');
  assert.equal(r.pageType, 'article');
  const paragraphs = r.text.split('\n\n');
  assert.equal(paragraphs.length, 6);
  assert.match(paragraphs[0], /^Picketers carry signs/);
  assert.ok(!r.text.includes('{{PageTitle}}'));
  assert.ok(r.removed.length > 0);
  for (const x of r.removed) {
    assert.equal(typeof x.id, 'number');
    assert.equal(typeof x.why, 'string');
    assert.ok(x.why.length > 0);
  }
  assert.ok(r.stats.wordsKept > 200);
  assert.ok(r.stats.wordsRemoved > 0);
  assert.ok(r.markdown.startsWith('# Strike talks'));
  assert.ok(r.html.startsWith('<article>'));
  assert.ok(Array.isArray(r.segments) && r.segments.length >= 6);
});

test('markdown and html are rendered on demand, also after the wasm let the article go', () => {
  const r = cleaner.clean(seed, { mode: 'text', restore: [5] });
  assert.ok(!Object.keys(r).includes('markdown'), 'renderings are not enumerable');
  assert.ok(!JSON.stringify(r).includes('"markdown"'));
  const old = cleaner.clean(seed, { mode: 'text', restore: [5], onProgress() {} });
  for (let i = 0; i < 6; i++) cleaner.clean('Another short text, cleaned only to push the first one out.');
  const fresh = cleaner.clean(seed, { mode: 'text', restore: [5] });
  assert.equal(old.markdown, fresh.markdown);
  assert.equal(old.html, fresh.html);
  assert.equal(r.markdown, fresh.markdown);
  assert.ok(fresh.html.startsWith('<article>'));
});

test('bytes clean the same as the string', () => {
  const a = cleaner.clean(seed);
  const b = cleaner.clean(new TextEncoder().encode(seed));
  const c = cleaner.clean(new TextEncoder().encode(seed).buffer);
  assert.deepEqual(b, a);
  assert.deepEqual(c, a);
});

test('a non-UTF-8 page given as bytes is decoded', () => {
  // "café" in windows-1252, declared by the page.
  const head = '<html><head><meta charset="windows-1252"><title>Caf';
  const tail = ' news</title></head><body><h1>Caf\xe9 opens downtown</h1><p>The new caf\xe9 on Main Street opened its doors on Monday morning to a long queue of customers waiting outside in the rain.</p><p>Its owner said the opening week would feature live music every evening and discounts for students from the nearby college.</p></body></html>';
  const bytes = Uint8Array.from([...head, '\xe9', ...tail], (ch) => ch.charCodeAt(0));
  const r = cleaner.clean(bytes, { mode: 'html' });
  assert.match(r.text, /caf\u00e9 on Main Street/);
});

test('progress is reported stage by stage, by option or third argument', () => {
  for (const call of [
    (cb) => cleaner.clean(seed, { onProgress: cb }),
    (cb) => cleaner.clean(seed, {}, cb),
  ]) {
    const seen = [];
    call((stage, done, total) => seen.push({ stage, done, total }));
    assert.ok(seen.length >= 3, `only ${seen.length} progress calls`);
    const last = seen[seen.length - 1];
    assert.equal(last.done, last.total);
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i].done > seen[i - 1].done);
  }
});

test('focus moves the verdicts: recall keeps a caption that balanced drops', () => {
  const page = '<article><p>' + 'A sentence of the article. '.repeat(20) + '</p><figure><img src="a.jpg">' +
    '<figcaption>The harbour at dawn.</figcaption></figure><p>' + 'Another sentence of it. '.repeat(20) + '</p></article>';
  assert.doesNotMatch(cleaner.clean(page, { mode: 'html' }).text, /harbour at dawn/);
  assert.doesNotMatch(cleaner.clean(page, { mode: 'html', focus: 'precision' }).text, /harbour at dawn/);
  assert.match(cleaner.clean(page, { mode: 'html', focus: 'recall' }).text, /harbour at dawn/);
});

test('bad input throws an Error with the cleaner message', () => {
  const cases = [
    { name: 'empty string', input: '', re: /empty/ },
    { name: 'white space', input: ' \n\t ', re: /empty/ },
    { name: 'undefined', input: undefined, re: /empty/ },
    { name: 'binary', input: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), re: /binary/ },
    { name: 'PNG header', input: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0]), re: /binary/ },
    { name: 'a number', input: 42, re: /input must be/ },
    { name: 'too large', input: seed, options: { maxInputBytes: 100 }, re: /too large/ },
    { name: 'bad mode', input: seed, options: { mode: 'pdf' }, re: /invalid options/ },
    { name: 'bad focus', input: seed, options: { focus: 'everything' }, re: /focus "everything" is not one of/ },
    { name: 'unknown option', input: seed, options: { restor: [1] }, re: /unknown option "restor"/ },
    { name: 'restore not an array', input: seed, options: { restore: 5 }, re: /restore must be an array/ },
    { name: 'options not an object', input: seed, options: 'html', re: /options must be an object/ },
    { name: 'bad selector', input: seed, options: { remove: ['div['] }, re: /invalid options: remove selector "div\["/ },
    { name: 'remove not an array', input: seed, options: { remove: '.ad' }, re: /remove must be an array of strings/ },
    { name: 'content not a string', input: seed, options: { content: ['main'] }, re: /content must be a string/ },
  ];
  for (const c of cases) {
    assert.throws(() => cleaner.clean(c.input, c.options), (err) => {
      assert.ok(err instanceof Error, `${c.name}: not an Error`);
      assert.match(err.message, c.re, c.name);
      return true;
    }, c.name);
  }
});

test('selector rules: remove, keep, content, and a selector for each segment', () => {
  const page = '<html><body><nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav><main>' +
    '<h1>Ferries return</h1><p>The harbour ferries returned to service on Monday after four months of repairs to the old pier.</p>' +
    '<div class="promo"><p>Subscribe to the harbour newsletter for more stories like this one every morning.</p></div></main></body></html>';
  const r = cleaner.clean(page, { mode: 'html', content: 'main', remove: ['.promo'] });
  const promo = r.segments.find((s) => /Subscribe/.test(s.text));
  assert.equal(promo.kept, false);
  assert.equal(promo.reason, 'selector');
  assert.equal(promo.rule, '.promo');
  assert.equal(promo.selector, 'div.promo p');
  assert.equal(r.removed.find((x) => x.segment === promo.id).rule, '.promo');
  assert.equal(r.rules.removed, 1);
  assert.equal(r.rules.contentUsed, true);
  assert.deepEqual(r.rules.effects.map((e) => e.action), ['content', 'remove']);
  const menu = r.segments.find((s) => s.text === 'Home News');
  assert.equal(menu.reason, 'outside-body');
  const none = cleaner.clean(page, { mode: 'html', content: '#nothing' });
  assert.match(none.rules.notes[0], /matched nothing/);
});

test('a panic becomes an Error and the next call still works', () => {
  assert.throws(() => cleaner._panicForTest(), (err) => {
    assert.ok(err instanceof Error);
    assert.match(err.message, /^internal error: forced by _panicForTest/);
    return true;
  });
  const r = cleaner.clean(seed);
  assert.equal(r.date, '2023-10-12');
  assert.equal(r.text.split('\n\n').length, 6);
});

test('a throwing progress callback fails the call, not the runtime', () => {
  assert.throws(() => cleaner.clean(seed, { onProgress: () => { throw new Error('boom'); } }), /boom/);
  assert.equal(cleaner.clean(seed).date, '2023-10-12');
});

test('restore puts removed pieces back, by segment and by cut', () => {
  const r = cleaner.clean(seed);
  const whole = r.removed.find((x) => !x.inline && /Read more/.test(x.text));
  assert.ok(whole, 'the seed has a removed "Read more:" line');
  const cut = r.removed.find((x) => x.inline);
  assert.ok(cut, 'the seed has a piece cut from inside a paragraph');

  const again = cleaner.clean(seed, { restore: [whole.id, cut.id] });
  assert.ok(again.text.includes('Read more:'));
  assert.ok(again.text.includes(cut.text));
  assert.ok(!again.removed.some((x) => x.id === whole.id || x.id === cut.id));
  const seg = again.segments.find((s) => s.id === whole.id);
  assert.equal(seg.kept, true);
  assert.equal(seg.restored, true);
  assert.ok(again.stats.wordsKept > r.stats.wordsKept);
  // Deterministic: the same call gives the same result.
  assert.deepEqual(cleaner.clean(seed, { restore: [whole.id, cut.id] }), again);
});

test('wrap: once the Go runtime has died, every call throws a fatal Error', async () => {
  const { wrap } = await import('../web/static/js/loader.js');
  let dead = false;
  const raw = { clean: () => { dead = true; return undefined; }, version: 'test', _panicForTest: () => undefined };
  const api = wrap(raw, () => dead);
  for (let i = 0; i < 2; i++) {
    assert.throws(() => api.clean('text'), (err) => {
      assert.ok(err instanceof Error);
      assert.equal(err.fatal, true);
      assert.match(err.message, /^internal error: the cleaner stopped/);
      return true;
    });
  }
});

// The wasm store (web/static/js/wasm-store.js, IndexedDB in the page's
// worker) as loadCleaner uses it, with a store kept in memory: its bytes
// are taken only under the response's key, replaced otherwise, and
// dropped when they do not compile.
function memoryStore(entry) {
  const calls = { put: [], clear: 0 };
  return {
    calls,
    keyOf: (r) => (r.headers.get('ETag') ? `key ${r.headers.get('ETag')}` : ''),
    entry: Promise.resolve(entry),
    put: async (key, bytes) => { calls.put.push([key, bytes.byteLength]); },
    clear: async () => { calls.clear++; },
  };
}

const wasmResponse = (bytes, etag) => new Response(bytes, {
  headers: { 'Content-Type': 'application/wasm', ...(etag ? { ETag: etag } : {}) },
});

// eventually waits for cond (the store is written in the background).
async function eventually(cond) {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(cond());
}

test('wasm store: bytes stored under the response key start the cleaner', async () => {
  const { loadCleaner } = await import('../web/static/js/loader.js');
  const wasm = await readFile(path.join(dir, 'articlecleaner.wasm'));
  const store = memoryStore({ key: 'key "b1"', blob: new Blob([wasm]) });
  const c = await loadCleaner(wasmResponse(new Uint8Array(8), '"b1"'), { store });
  assert.equal(c.wasmFrom, 'store');
  assert.equal(c.clean(seed).title, 'Strike talks break off between Hollywood actors and studios');
  assert.deepEqual(store.calls, { put: [], clear: 0 });
});

test('wasm store: bytes of another key are not used, and are replaced', async () => {
  const { loadCleaner } = await import('../web/static/js/loader.js');
  const wasm = await readFile(path.join(dir, 'articlecleaner.wasm'));
  const store = memoryStore({ key: 'key "old"', blob: new Blob([new Uint8Array(8)]) });
  const c = await loadCleaner(wasmResponse(wasm, '"b2"'), { store });
  assert.equal(c.wasmFrom, 'source');
  await eventually(() => store.calls.put.length === 1);
  assert.deepEqual(store.calls.put, [['key "b2"', wasm.length]]);
});

test('wasm store: a response without a key is used and not stored', async () => {
  const { loadCleaner } = await import('../web/static/js/loader.js');
  const wasm = await readFile(path.join(dir, 'articlecleaner.wasm'));
  const store = memoryStore(null);
  const c = await loadCleaner(wasmResponse(wasm, ''), { store });
  assert.equal(c.wasmFrom, 'source');
  await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(store.calls, { put: [], clear: 0 });
});

test('wasm store: damaged bytes are dropped and the wasm fetched again', async (t) => {
  const { loadCleaner } = await import('../web/static/js/loader.js');
  const wasm = await readFile(path.join(dir, 'articlecleaner.wasm'));
  const store = memoryStore({ key: 'key "b3"', blob: new Blob([new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 9])]) });
  const fetched = [];
  t.mock.method(globalThis, 'fetch', async (url) => {
    fetched.push(String(url));
    return wasmResponse(wasm, '"b3"');
  });
  const first = wasmResponse(new Uint8Array(8), '"b3"');
  const c = await loadCleaner(first, { store });
  assert.equal(c.wasmFrom, 'source');
  assert.equal(store.calls.clear, 1);
  assert.equal(fetched.length, 1);
  assert.equal(c.clean(seed).title, 'Strike talks break off between Hollywood actors and studios');
  await eventually(() => store.calls.put.length === 1);
  assert.deepEqual(store.calls.put, [['key "b3"', wasm.length]]);
});

test('wasm store: fetched bytes that do not compile are not kept', async () => {
  const { loadCleaner } = await import('../web/static/js/loader.js');
  const store = memoryStore(null);
  await assert.rejects(loadCleaner(wasmResponse(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 9]), '"b4"'), { store }));
  await eventually(() => store.calls.clear === 1);
  assert.deepEqual(store.calls.put, [['key "b4"', 9]]);
});
