// Issue 27: `report --write` on 100,000 citizens died with "Maximum call stack size exceeded": an array
// spread into a call's arguments (Math.max(...rows), push(...rows)) puts every element on the stack, and
// recursion over rows does the same. This test reads every file in src with the TypeScript compiler and
// fails on any spread argument in a call or `new`, and on any function that calls itself, so neither can
// come back. (A loop or `concat` does the same work with no stack cost.)
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

const SRC = join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  what: string;
}

/**
 * How a function calls itself: a function by its name (`walk(...)`), a method through `this`
 * (`this.add(...)`); '' when it has no name to be called by.
 */
function selfCall(node: ts.Node): string {
  if (ts.isMethodDeclaration(node)) return node.name && ts.isIdentifier(node.name) ? `this.${node.name.text}` : '';
  if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node))
    return node.name && ts.isIdentifier(node.name) ? node.name.text : '';
  if (ts.isArrowFunction(node) && ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name))
    return node.parent.name.text;
  return '';
}

/** `f(...)` gives `f`, `this.f(...)` gives `this.f`. */
function calledName(call: ts.CallExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword) return `this.${e.name.text}`;
  return undefined;
}

/**
 * Recursion that is bounded by something other than rows, each with the bound. Nothing else may
 * call itself.
 */
const BOUNDED_RECURSION: Record<string, string> = {
  'excel/payload.ts this.add': 'splits one oversized piece in halves: depth log2(piece bytes / budget)',
  'excel/payload.ts this.flush': 'retries at half the budget until MIN_BUDGET_BYTES: a few levels',
  'xlsx/outputSheets.ts dropRelatedParts': 'follows a part’s relationships (drawing -> chart): two or three levels',
};

/** Spread arguments and self-calls in one file's text. */
function scanSource(name: string, text: string): Finding[] {
  const kind = name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, kind);
  const findings: Finding[] = [];
  const at = (node: ts.Node, what: string) =>
    findings.push({ file: name, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, what });
  const visit = (node: ts.Node, enclosing: string[]) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
      for (const arg of node.arguments)
        if (ts.isSpreadElement(arg)) at(arg, `spread argument ${arg.getText(sf).slice(0, 40)}`);
    }
    if (ts.isCallExpression(node)) {
      const called = calledName(node);
      const bounded = BOUNDED_RECURSION[`${name} ${called}`] !== undefined;
      if (called !== undefined && enclosing[enclosing.length - 1] === called && !bounded)
        at(node, `recursive call of ${called}`);
    }
    const next = ts.isFunctionLike(node) ? [...enclosing, selfCall(node)] : enclosing;
    ts.forEachChild(node, (child) => visit(child, next));
  };
  visit(sf, []);
  return findings;
}

test('no spread arguments and no self-calling functions anywhere in src', () => {
  const files = sourceFiles(SRC);
  expect(files.length).toBeGreaterThan(100);
  const findings = files
    .flatMap((file) => scanSource(relative(SRC, file), readFileSync(file, 'utf8')))
    .map((f) => `${f.file}:${f.line} ${f.what}`);
  expect(findings).toEqual([]);
});

test('the scanner finds what it forbids (so the test above can fail)', () => {
  const sample = [
    'const rows = [1, 2, 3];',
    'const m = Math.max(...rows);',
    'out.push(...rows);',
    'function walk(n: number): number { return n ? walk(n - 1) : 0; }',
    'const down = (n: number): number => (n ? down(n - 1) : 0);',
    'class A { f(n: number): number { return n ? this.f(n - 1) : 0; } }',
    'const fine = [...rows, 4]; const obj = { ...{ a: 1 } }; Math.max(rows[0], rows[1]); new Set([...rows]);',
    'class B { walk(n: number): number { return walk(n); } }', // a method calling the module's function
  ].join('\n');
  expect(scanSource('probe.ts', sample).map((f) => f.line)).toEqual([2, 3, 4, 5, 6]);
});
