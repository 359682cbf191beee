// (c) A typed use of the package: tsc --noEmit must accept it, and each
// line marked as an expected error in mistakes() must be one (tsc fails if
// it is not), so the declarations are strict where the cleaner is.
import { loadCleaner, CleanerClient, CancelledError, type Options, type Record, type Removed } from 'articlecleaner';
import { serveCleaner } from 'articlecleaner/worker';

export async function titles(inputs: string[]): Promise<string[]> {
  const cleaner = await loadCleaner(new URL('https://example.com/articlecleaner.wasm'));
  const options: Options = { mode: 'text', restore: [1, 2], onProgress: (stage, done, total) => void [stage, done / total] };
  return inputs.map((input) => {
    const record: Record = cleaner.clean(input, options);
    const why: string[] = record.removed.map((r: Removed) => `${r.id} ${r.reason}: ${r.why}`);
    const words: number = record.stats.wordsKept + why.length;
    return `${record.title} (${record.pageType}, ${words} words)`;
  });
}

export async function inWorker(bytes: Uint8Array): Promise<string> {
  const client = new CleanerClient({ createWorker: () => new Worker(new URL('./w.js', import.meta.url), { type: 'module' }) });
  const { version } = await client.ready;
  try {
    const { record, ms } = await client.clean(bytes, { mode: 'html', url: 'https://example.com/a' });
    const markdown: string = await record.render('markdown');
    // @ts-expect-error: the renderings do not cross from the worker as fields
    void record.markdown;
    return `${version} ${ms} ${record.segments.filter((s) => s.kept).length} ${markdown.length}`;
  } catch (err) {
    return err instanceof CancelledError ? 'cancelled' : String(err);
  } finally {
    client.dispose();
  }
}

export function worker(): void {
  serveCleaner();
}

export async function mistakes(): Promise<void> {
  const cleaner = await loadCleaner();
  // @ts-expect-error: a misspelt option
  cleaner.clean('text', { mod: 'text' });
  // @ts-expect-error: not a mode
  cleaner.clean('text', { mode: 'pdf' });
  // @ts-expect-error: restore takes IDs
  cleaner.clean('text', { restore: ['1'] });
  // @ts-expect-error: the title is a string
  const n: number = cleaner.clean('text').title;
  void n;
}
