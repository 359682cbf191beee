// The worker of app.js, bundled by esbuild as its own entry point.
import { serveCleaner } from 'articlecleaner/worker';

serveCleaner();
