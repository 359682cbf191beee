// (a) The package in Node.js: cleans the file named on the command line
// and prints the Record's title, date and text as JSON, for
// internal/npmtest to compare with the seed's expected result.
import { readFile } from 'node:fs/promises';
import { loadCleaner } from 'articlecleaner';

const cleaner = await loadCleaner();
const record = cleaner.clean(await readFile(process.argv[2]));
const { title, date, text } = record;
console.log(JSON.stringify({ title, date, text, removed: record.removed.length, version: cleaner.version }));
