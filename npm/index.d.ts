// Types of the articlecleaner package. The interfaces mirror the Go types
// of the cleaner package (cleaner.Options, cleaner.Record and what it
// holds) field for field under their JSON names: a test
// (internal/npmtest, TestTypesMatchGo) compares them by reflection, so
// they cannot drift.

/** How the input is read: sniffed (auto or empty), pasted text, or an HTML page. */
export type Mode = 'auto' | '' | 'text' | 'html';

/** What the cleaner favours when unsure (cleaner.Focus). */
export type Focus = 'balanced' | '' | 'precision' | 'recall';

/** Options of one clean() call (cleaner.Options). Unknown keys are an error. */
export interface Options {
  /** Forces the text or HTML front end; 'auto' or empty sniffs the input. */
  mode?: Mode;
  /** The page's address, to resolve relative links and images in HTML input. */
  url?: string;
  /** The input's encoding (e.g. "windows-1252") when it is not UTF-8 and does not say so. */
  charset?: string;
  /** IDs of removed segments or cuts (Removed.id) to put back. */
  restore?: number[];
  /** Bounds the input in bytes; 0 or absent means the default, 32 MiB. */
  maxInputBytes?: number;
  /** Trades precision against recall: 'balanced' (or empty, the default), 'precision' (less junk), 'recall' (more text). */
  focus?: Focus;
  /** CSS selector of the article's root (HTML input); when it matches nothing, extraction is automatic and Record.rules says so. */
  content?: string;
  /** CSS selectors of elements removed before cleaning (HTML input), listed with reason "selector". */
  remove?: string[];
  /** CSS selectors of elements always kept (HTML input); keep wins over remove. */
  keep?: string[];
  /** Called as the cleaner works through its stages (JavaScript only). */
  onProgress?: ProgressCallback;
}

/** Progress of one clean: the stage's name and how far it is. */
export type ProgressCallback = (stage: string, done: number, total: number) => void;

/** A byte range of the input (cleaner.Span): start inclusive, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One removed piece: a whole segment, or a cut from inside a kept one (cleaner.Removed). */
export interface Removed {
  /** Pass it in Options.restore to put the piece back. */
  id: number;
  text: string;
  /** The reason's code, e.g. "read-more". */
  reason: string;
  /** The reason in plain words, e.g. "\"read more\" link". */
  why: string;
  /** The segment it was, or was cut from. */
  segment: number;
  /** Set for a cut from inside a kept segment. */
  inline?: boolean;
  /** Where it is in the input (text input only). */
  span?: Span;
  /** A short CSS selector of its element (HTML input only). */
  selector?: string;
  /** The caller's selector that decided it, if one did. */
  rule?: string;
}

/** A piece removed from inside a kept segment (cleaner.Cut). */
export interface Cut {
  id: number;
  /** Byte offsets into the segment's text. */
  start: number;
  end: number;
  text: string;
  span?: Span;
  reason: string;
  restored?: boolean;
}

/** One block of the input, kept or removed, in document order (cleaner.Segment). */
export interface Segment {
  id: number;
  /** paragraph, heading, list-item, quote, code, table, … */
  kind: string;
  /** Heading level 1–6, or list nesting depth. */
  level?: number;
  text: string;
  /** Sanitized inner HTML (HTML input only). */
  html?: string;
  span?: Span;
  kept: boolean;
  /** Why a removed segment was removed. */
  reason?: string;
  /** The context-free verdict, before revision with the neighbours. */
  initial?: string;
  restored?: boolean;
  cuts?: Cut[];
  /** A short CSS selector of its element (HTML input only), to make a rule from. */
  selector?: string;
  /** The caller's selector (Options.content, remove or keep) that decided it. */
  rule?: string;
}

/** What one selector rule did (cleaner.RuleEffect). */
export interface RuleEffect {
  action: 'content' | 'remove' | 'keep';
  selector: string;
  /** How many elements it matched. */
  elements: number;
  /** How many segments it decided. */
  segments: number;
}

/** What the caller's selectors did (cleaner.RulesReport). */
export interface RulesReport {
  removed: number;
  kept: number;
  outside: number;
  contentUsed: boolean;
  /** Set when the remove rules would have removed everything: they were not applied. */
  removeRefused?: boolean;
  effects: RuleEffect[];
  /** In plain words. */
  notes?: string[];
}

/** Words kept and removed (cleaner.Stats). */
export interface Stats {
  wordsKept: number;
  wordsRemoved: number;
  readingMinutes: number;
}

/** The clean article (cleaner.Record): metadata, three renderings, and everything removed. */
export interface Record {
  title: string;
  byline: string;
  /** The page's own day, YYYY-MM-DD; empty when unknown. */
  date: string;
  /** The full RFC 3339 timestamp when the page declares one. */
  published?: string;
  site: string;
  /** BCP 47 primary tag, e.g. "en"; empty when unknown. */
  lang: string;
  url?: string;
  excerpt?: string;
  /** The front end used. */
  mode: 'text' | 'html';
  pageType: 'article' | 'list' | 'empty';
  /** The article as plain text, paragraphs separated by blank lines. */
  text: string;
  markdown: string;
  /** Sanitized HTML of the article. */
  html: string;
  removed: Removed[];
  segments: Segment[];
  stats: Stats;
  /** What Options.content, remove and keep did; absent when there were none. */
  rules?: RulesReport;
}

/** What clean() accepts: text, or the bytes of a file (any encoding the cleaner can detect). */
export type Input = string | Uint8Array | ArrayBuffer;

/** A started cleaner. */
export interface Cleaner {
  /**
   * Cleans one input. Throws an Error with the cleaner's message for input
   * it cannot read (empty, binary, too large, bad options), and "internal
   * error: …" if the cleaner panicked; the instance keeps working. An
   * Error with fatal set means the Go runtime died: load a new instance.
   */
  clean(input: Input, options?: Options, onProgress?: ProgressCallback): Record;
  /** The build's module version and commit. */
  readonly version: string;
  /**
   * Where the wasm's bytes came from: 'source', what loadCleaner was
   * given (the package always starts from it), or 'store', the bytes the
   * web page's worker keeps between visits.
   */
  readonly wasmFrom: 'source' | 'store';
}

/** The wasm to start: a fetch Response (compiled while it downloads), its bytes, or its URL. */
export type WasmSource = Response | Promise<Response> | ArrayBuffer | Uint8Array | string | URL;

/**
 * Starts the cleaner in the current thread. Without an argument it loads
 * the articlecleaner.wasm next to the module (fetch in browsers and
 * bundlers, node:fs in Node.js 20+).
 */
export function loadCleaner(wasm?: WasmSource): Promise<Cleaner>;

/**
 * A Record from CleanerClient: everything but the two renderings, which
 * the worker renders when asked (a Record's markdown and html are rendered
 * on first read; they do not cross into the page with the rest).
 */
export type WorkerRecord = Omit<Record, 'markdown' | 'html'> & {
  /** The article as Markdown or sanitized HTML, rendered in the worker. */
  render(format: 'markdown' | 'html'): Promise<string>;
};

/** The rejection of a cancelled CleanerClient.clean(); its name is 'AbortError'. */
export class CancelledError extends Error {
  constructor();
}

export interface CleanerClientOptions {
  /** The worker script; defaults to the package's worker.js (unbundled use). */
  workerUrl?: string | URL;
  /**
   * Starts the worker, for bundlers:
   * `() => new Worker(new URL('./my-worker.js', import.meta.url), { type: 'module' })`
   * where my-worker.js calls serveCleaner() from 'articlecleaner/worker'.
   */
  createWorker?: () => Worker;
}

/** The cleaner in a Web Worker: one job at a time, progress, cancel. */
export class CleanerClient {
  constructor(options?: CleanerClientOptions);
  /** Resolves when the wasm has started in the worker. */
  readonly ready: Promise<{ version: string; ms: number; wasmFrom: 'source' | 'store' }>;
  /**
   * When the worker's warm-up samples were done (ms since the epoch), once
   * idle after ready; 0 before, or when a clean came first.
   */
  readonly warmedAt: number;
  /**
   * Cleans input in the worker; a new call cancels the running one.
   * Rejects with the cleaner's Error, or CancelledError. An Error with
   * fatal set means the wasm died; the client has already restarted it.
   */
  clean(input: Input, options?: Omit<Options, 'onProgress'>, onProgress?: ProgressCallback): Promise<{ record: WorkerRecord; ms: number }>;
  /** Stops the running job, if any (the worker is restarted). */
  cancel(): void;
  /** Terminates the worker for good. */
  dispose(): void;
}
