// The text of `report --json` written in pieces (issue 26): at 57,000 citizens the report is ~90 MB of
// JSON, and building it as one object and one string held both in memory at once and cost more to encode
// than to compute. The pieces, joined, are exactly `JSON.stringify(toJsonReport(...), null, 2)`: every
// piece is JSON.stringify's own output for a wrapper at the right depth, cut out of it, so indentation,
// escaping, numbers and left-out undefined values are the native serializer's; only the joins are ours.
import type { JsonField } from './jsonReport';

/** List items converted and serialized per piece: large enough to keep calls few, small enough to stay young. */
const ITEMS_PER_PIECE = 1000;

/** `value` as JSON.stringify(…, null, 2) writes it as a field of a top-level object, after `"key": `. */
function fieldValueText(key: string, value: unknown): string {
  const wrapped = JSON.stringify({ [key]: value }, null, 2);
  // '{\n  "key": ' … '\n}'
  return wrapped.slice(4 + JSON.stringify(key).length + 2, -2);
}

/** Items as JSON.stringify(…, null, 2) writes them inside a list that is a top-level field: one per line. */
function itemsText(items: readonly unknown[]): string {
  // '[\n  [\n' … '\n  ]\n]': the inner list sits at the depth of a top-level field's list.
  return JSON.stringify([items], null, 2).slice(6, -6);
}

/** The report's JSON text in pieces; joined, they equal JSON.stringify of the fields' object with indent 2. */
export function* jsonPieces(fields: readonly JsonField[], itemsPerPiece = ITEMS_PER_PIECE): Generator<string> {
  let first = true;
  for (const f of fields) {
    const value = 'items' in f ? f.items : f.value;
    // JSON.stringify leaves out a field whose value it cannot write (undefined, a function, a symbol).
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    const head = `${first ? '{\n' : ',\n'}  ${JSON.stringify(f.key)}: `;
    first = false;
    if (!('items' in f) || f.items.length === 0) {
      yield head + fieldValueText(f.key, 'items' in f ? [] : f.value);
      continue;
    }
    yield head + '[\n';
    for (let at = 0; at < f.items.length; at += itemsPerPiece) {
      const chunk: unknown[] = [];
      const end = Math.min(at + itemsPerPiece, f.items.length);
      for (let k = at; k < end; k++) chunk.push(f.item(f.items[k] as never));
      yield (at > 0 ? ',\n' : '') + itemsText(chunk);
    }
    yield '\n  ]';
  }
  yield first ? '{}' : '\n}';
}

/** The whole text at once (for an Io that takes only whole texts, and for tests). */
export function jsonText(fields: readonly JsonField[]): string {
  let text = '';
  for (const piece of jsonPieces(fields)) text += piece;
  return text;
}
