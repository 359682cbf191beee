// Where the wasm is in Node.js (the "node" condition of "#wasm" in
// package.json): next to this module, read from disk.
import { readFile } from 'node:fs/promises';

export const defaultWasm = () => readFile(new URL('./articlecleaner.wasm', import.meta.url));
