// rules.js — the user's per-site rules: CSS selectors that the cleaner
// always removes ("remove") or always keeps ("keep") on one site, made in
// the reader from what it shows and managed in the options page.
//
// They live in storage.local under the key 'rules' as
//   { version: 1, rules: [{ site, action: 'remove'|'keep', selector }] }
// (site is the page's host name without "www."), and are exported and
// imported as
//   { format: 'articlecleaner-rules', version: 1, rules: [...] }.
// They never leave the browser. The cleaner checks the selectors
// (cascadia): a rule it refuses is reported and skipped, never breaks a
// clean.
//
// Exports:
//   siteOf(url) → the site a page's rules belong to, '' for none
//   loadRules() → Promise<rule[]>;  saveRules(rules) → Promise
//   addRule(rule) → Promise<rule[]>;  deleteRule(rule) → Promise<rule[]>
//   rulesFor(rules, site) → { remove: [selector], keep: [selector] }
//   sameRule(a, b), exportRules(rules) → JSON text,
//   parseRules(text) → { rules, problems } (valid rules, and why others were left out)
//   mergeRules(existing, incoming) → rule[]

const ext = globalThis.browser ?? globalThis.chrome;

export const storageKey = 'rules';
export const exportFormat = 'articlecleaner-rules';
export const actions = ['remove', 'keep'];
// maxSelectorChars is the cleaner's limit on one selector.
export const maxSelectorChars = 1024;

/** The site of a page: its host name without "www.", '' when not a web page. */
export function siteOf(url) {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
    return u.hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** @returns {Promise<{site: string, action: string, selector: string}[]>} */
export async function loadRules() {
  const got = await ext.storage.local.get(storageKey);
  const stored = got && got[storageKey];
  if (!stored || !Array.isArray(stored.rules)) return [];
  return stored.rules.filter((r) => checkRule(r) === '');
}

export async function saveRules(rules) {
  await ext.storage.local.set({ [storageKey]: { version: 1, rules } });
}

export function sameRule(a, b) {
  return a.site === b.site && a.action === b.action && a.selector === b.selector;
}

export async function addRule(rule) {
  const problem = checkRule(rule);
  if (problem) throw new Error(problem);
  const rules = await loadRules();
  if (!rules.some((r) => sameRule(r, rule))) rules.push({ site: rule.site, action: rule.action, selector: rule.selector });
  await saveRules(rules);
  return rules;
}

export async function deleteRule(rule) {
  const rules = (await loadRules()).filter((r) => !sameRule(r, rule));
  await saveRules(rules);
  return rules;
}

/** The selectors of one site, as the cleaner's options remove and keep. */
export function rulesFor(rules, site) {
  const out = { remove: [], keep: [] };
  if (!site) return out;
  for (const r of rules) {
    if (r.site === site) out[r.action].push(r.selector);
  }
  return out;
}

/** checkRule returns what is wrong with a rule's shape, or ''. */
export function checkRule(r) {
  if (!r || typeof r !== 'object') return 'a rule must be an object';
  if (typeof r.site !== 'string' || !/^[a-z0-9.-]+(:\d+)?$/i.test(r.site)) return `the site ${JSON.stringify(r.site)} is not a host name`;
  if (!actions.includes(r.action)) return `the action ${JSON.stringify(r.action)} is not remove or keep`;
  if (typeof r.selector !== 'string' || !r.selector.trim()) return 'the selector is empty';
  if (r.selector.length > maxSelectorChars) return `the selector is longer than ${maxSelectorChars} characters`;
  return '';
}

export function exportRules(rules) {
  return JSON.stringify({ format: exportFormat, version: 1, rules }, null, 2);
}

/**
 * Reads exported rules. A rule of the wrong shape is left out and said
 * why; text that is not an export at all is an error.
 */
export function parseRules(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`This is not JSON: ${err.message}`);
  }
  if (!data || data.format !== exportFormat || !Array.isArray(data.rules)) {
    throw new Error(`This is not an export of Article Cleaner’s rules (it needs "format": "${exportFormat}" and a list of rules).`);
  }
  const rules = [];
  const problems = [];
  data.rules.forEach((r, i) => {
    const problem = checkRule(r);
    if (problem) problems.push(`Rule ${i + 1} was skipped: ${problem}.`);
    else rules.push({ site: r.site, action: r.action, selector: r.selector.trim() });
  });
  return { rules, problems };
}

export function mergeRules(existing, incoming) {
  const out = [...existing];
  for (const r of incoming) {
    if (!out.some((x) => sameRule(x, r))) out.push(r);
  }
  return out;
}
