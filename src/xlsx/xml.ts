// Minimal XML text helpers for the package parts we read and patch: escaping, entity decoding, the
// attributes of one start tag, and the prefixes a part's root element binds to namespace URIs. Parts are
// scanned with regular expressions (they are machine-written SpreadsheetML), and an optional namespace
// prefix (`x:row`) is accepted wherever we read; what we write uses the prefix the part binds to the
// namespace's URI (resolved by URI, never guessed from a prefix's name), or declares its own.

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Characters XML 1.0 cannot carry at all (control characters other than tab, newline, return). */
export function xmlSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(raw: string): string {
  // An XML parser turns literal CR LF and bare CR into LF before entities are expanded.
  const s = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return NAMED[e] ?? m;
  });
}

/** Excel's `_x000D_` escapes in cell text. */
export function unescapeOoxml(s: string): string {
  return s.indexOf('_x') < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The attributes of a start tag's text (`<c r="A1" t="s">`), keyed by local name (prefix dropped unless `keepPrefix`). */
export function attrs(tag: string, keepPrefix = false): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  // Skip the element name itself.
  const start = tag.search(/\s/);
  if (start < 0) return out;
  re.lastIndex = start;
  while ((m = re.exec(tag))) {
    const key = keepPrefix ? m[1] : m[1].replace(/^[\w.-]+:/, '');
    out[key] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** Sets (or adds) one attribute in a start tag's text. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const v = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_, pre: string) => pre + v);
  return tag.replace(/\s*(\/?>)$/, ` ${name}=${v}$1`);
}

/** The text content of all `<t>` runs in a fragment (shared or inline string), phonetic runs skipped. */
export function textRuns(fragment: string): string {
  const noPhonetic =
    fragment.indexOf('rPh') >= 0 ? fragment.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : fragment;
  let out = '';
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t(?:\s[^>]*)?\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(noPhonetic))) out += m[1] ?? '';
  return unescapeOoxml(unescapeXml(out));
}

/** A namespace prefix in a pattern: `x:` (NCName letters, digits, `.`, `-`, `_`), optional. */
export const ANY_PREFIX = '(?:[A-Za-z_][\\w.-]*:)?';

/** The root element's start tag (after the XML declaration, comments and processing instructions). */
function rootTag(xml: string): string | null {
  return /<(?![?!])[^>]*>/.exec(xml)?.[0] ?? null;
}

/**
 * The prefix the root element binds to `uri`: '' when it is the default namespace, 'x:' for
 * `xmlns:x="uri"`, null when the root element does not declare it (a writer such as openpyxl may
 * declare it lower down, on each element that uses it, where it is not in scope for new elements).
 */
export function rootPrefixFor(xml: string, uri: string): string | null {
  const tag = rootTag(xml);
  if (!tag) return null;
  for (const [key, value] of Object.entries(attrs(tag, true))) {
    if (value !== uri) continue;
    if (key === 'xmlns') return '';
    if (key.startsWith('xmlns:')) return `${key.slice(6)}:`;
  }
  return null;
}

/** The prefix of the root element's own name ('' or 'x:'). */
export function rootElementPrefix(xml: string): string {
  return /^<([A-Za-z_][\w.-]*:)?/.exec(rootTag(xml) ?? '')?.[1] ?? '';
}

/** A string for use inside a RegExp, special characters escaped. */
export function reEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Namespace prefixes used on element or attribute names where no enclosing element declares them (`xml:`
 * is always bound). A part with one is not well-formed XML with namespaces: Excel and LibreOffice refuse it.
 */
export function undeclaredPrefixes(xml: string): string[] {
  const text = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g, '');
  const scopes: Set<string>[] = [new Set(['xml', 'xmlns'])];
  const bad = new Set<string>();
  const prefixOf = (name: string) => (name.includes(':') ? name.slice(0, name.indexOf(':')) : null);
  for (const m of text.matchAll(/<(\/?)([^\s/>]+)([^>]*?)(\/?)>/g)) {
    if (m[1]) {
      scopes.pop();
      continue;
    }
    const scope = new Set(scopes[scopes.length - 1]);
    const names = Object.keys(attrs(`<${m[2]}${m[3]}>`, true));
    for (const n of names) if (n.startsWith('xmlns:')) scope.add(n.slice(6));
    for (const n of [m[2], ...names.filter((a) => a !== 'xmlns' && !a.startsWith('xmlns:'))]) {
      const p = prefixOf(n);
      if (p && !scope.has(p)) bad.add(p);
    }
    if (!m[4]) scopes.push(scope);
  }
  return [...bad];
}
