// (b) The package unbundled: its modules served as files, CleanerClient
// starting the package's own worker.js.
import * as pkg from './node_modules/articlecleaner/index.js';
import { cleanSeed } from './seed-page.js';

cleanSeed(pkg);
