// The ready-made worker script CleanerClient starts when it is given no
// worker of its own (unbundled use: the package served as files). It is
// only ever loaded as a Worker, never imported.
import { serveCleaner } from './serve.js';

serveCleaner();
