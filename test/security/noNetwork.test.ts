// No network calls at run time: the only remote resource is office.js, loaded by the task pane page.
// This scans every source file for network APIs and for URLs other than that host and XML namespaces.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

const NETWORK_APIS: readonly [string, RegExp][] = [
  ['fetch(', /(^|[^\w.])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['navigator.sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
  ['importScripts', /\bimportScripts\s*\(/],
];

/** Hosts a URL may name: the office.js CDN, and XML namespace URIs (identifiers, never fetched). */
const ALLOWED_URL =
  /^https?:\/\/(appsforoffice\.microsoft\.com\/|schemas\.openxmlformats\.org\/|schemas\.microsoft\.com\/|www\.w3\.org\/|purl\.org\/)/;

export function networkFindings(text: string): string[] {
  const findings: string[] = [];
  text.split('\n').forEach((line, i) => {
    const trimmed = line.trim();
    // Comments may cite documentation; they are not code that runs.
    if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*') || trimmed.startsWith('<!--'))
      return;
    for (const [name, pattern] of NETWORK_APIS) if (pattern.test(line)) findings.push(`${i + 1}: ${name}`);
    for (const url of line.match(/https?:\/\/[^\s'"`)<>]+/g) ?? []) {
      if (!ALLOWED_URL.test(url)) findings.push(`${i + 1}: ${url}`);
    }
  });
  return findings;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|html|css|json)$/.test(name) ? [path] : [];
  });
}

describe('no network calls at run time', () => {
  test('the scanner catches each network API and foreign URL (so a clean result means something)', () => {
    expect(networkFindings('const r = await fetch(url);')).toEqual(['1: fetch(']);
    expect(networkFindings('x = window.fetch ("a")')).toEqual([]); // window.fetch is caught below
    expect(networkFindings('new XMLHttpRequest()\nnew WebSocket(u)\nnavigator.sendBeacon(u, d)')).toEqual([
      '1: XMLHttpRequest',
      '2: WebSocket',
      '3: navigator.sendBeacon',
    ]);
    expect(networkFindings('const u = "https://evil.example.com/x";')).toEqual(['1: https://evil.example.com/x']);
    expect(
      networkFindings('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>'),
    ).toEqual([]);
    expect(networkFindings('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')).toEqual([]);
    expect(networkFindings('// see https://learn.microsoft.com/office')).toEqual([]);
  });

  test('window.fetch and globalThis.fetch are caught too', () => {
    const extra = /\b(window|globalThis|self)\.fetch\b/;
    expect(extra.test('window.fetch("a")')).toBe(true);
    const offenders = sourceFiles(SRC).filter((f) => extra.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('src/ has no network API and no URL except office.js and XML namespaces', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(5);
    const findings = files.flatMap((f) =>
      networkFindings(readFileSync(f, 'utf8')).map((x) => `${relative(ROOT, f)}:${x}`),
    );
    expect(findings).toEqual([]);
  });
});
