// export.js — copying and downloading the cleaned article.
//
// Exports:
//   plainText(record) → title, meta line and body as plain text
//   copyToClipboard(text) → Promise<void> (rejects when the browser refuses)
//   download(filename, text, mime) → saves text as a file
//   fileName(record, ext) → a file name from the title ("strike-talks-….md")

/** @param {object} record */
export function plainText(record) {
  const meta = [record.byline, record.date, record.site].filter(Boolean).join(' · ');
  return [record.title, meta, record.text].filter(Boolean).join('\n\n') + '\n';
}

/** @param {string} text */
export async function copyToClipboard(text) {
  if (navigator.clipboard && navigator.clipboard.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Not focused or not allowed: fall back to a selection copy.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('the browser did not allow copying');
}

/**
 * @param {string} filename
 * @param {string} text
 * @param {string} mime
 */
export function download(filename, text, mime) {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// maxSlugLength keeps file names readable and far below file system limits.
const maxSlugLength = 60;

/** @param {object} record @param {string} ext */
export function fileName(record, ext) {
  const slug = (record.title || 'article')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, maxSlugLength)
    .replace(/-$/, '');
  return `${slug || 'article'}.${ext}`;
}
