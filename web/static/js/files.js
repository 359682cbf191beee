// files.js — reads a dropped or picked file into bytes for the cleaner,
// decompressing .gz in the browser (DecompressionStream).
//
// Exports:
//   readInputFile(file, { maxBytes, onProgress }) → Promise<{ bytes, name, mode }>
//     bytes: Uint8Array (kept as bytes: the cleaner decodes non-UTF-8 pages);
//     mode: 'html' | 'text' | 'auto', guessed from the name (x.html.gz → html).
//     onProgress(readBytes, totalBytes) reports the compressed bytes read.
//   InputFileError — what readInputFile rejects with; its message is for people.
//   modeForName(name) → 'html' | 'text' | 'auto'
//   formatBytes(n) → "1.2 MB"

export class InputFileError extends Error {
  constructor(message) {
    super(message);
    this.name = 'InputFileError';
  }
}

/** @param {string} name */
export function modeForName(name) {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  if (/\.(html?|xhtml)$/.test(base)) return 'html';
  if (/\.(txt|text)$/.test(base)) return 'text';
  return 'auto';
}

/** @param {number} n */
export function formatBytes(n) {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * @param {File|Blob & {name: string}} file
 * @param {{maxBytes: number, onProgress?: (read: number, total: number) => void}} opts
 */
export async function readInputFile(file, { maxBytes, onProgress = () => {} }) {
  const name = file.name || 'file';
  const gz = /\.gz$/i.test(name) || file.type === 'application/gzip';
  if (!gz && file.size > maxBytes) {
    throw new InputFileError(`${name} is too large: ${formatBytes(file.size)}; the cleaner takes up to ${formatBytes(maxBytes)}.`);
  }
  let read = 0;
  const counting = new TransformStream({
    transform(chunk, controller) {
      read += chunk.byteLength;
      onProgress(read, file.size);
      controller.enqueue(chunk);
    },
  });
  let stream = file.stream().pipeThrough(counting);
  if (gz) {
    if (typeof DecompressionStream !== 'function') {
      throw new InputFileError('This browser cannot decompress .gz files; decompress it first.');
    }
    stream = stream.pipeThrough(new DecompressionStream('gzip'));
  }
  const chunks = [];
  let size = 0;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        reader.cancel().catch(() => {});
        throw new InputFileError(`${name} is too large once decompressed: over ${formatBytes(maxBytes)}, the most the cleaner takes.`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof InputFileError) throw err;
    throw new InputFileError(gz ? `${name} is not a valid gzip file (${err.message}).` : `${name} could not be read (${err.message}).`);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { bytes, name, mode: modeForName(name) };
}
