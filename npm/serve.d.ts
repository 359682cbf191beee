import type { WasmSource } from './index.js';

/**
 * Loads the cleaner in this module worker and answers CleanerClient's
 * messages. In your worker file:
 * `import { serveCleaner } from 'articlecleaner/worker'; serveCleaner();`
 */
export function serveCleaner(options?: { wasm?: WasmSource }): void;
