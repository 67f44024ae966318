// How the form read a typed date or month, echoed under the field ("= 1. marts 2027", "= november 2026"),
// so "1/3" or "3.2027" typed in a hurry is seen before it is saved. Reads with the same parser as the
// workbook reader and the import (workbook/cells.ts parseCell), so every field accepts the same forms.
import { danishMonthName } from '../../domain/dates';
import type { Texts } from '../../text/ui';
import { parseCell } from '../../workbook/cells';
import type { FieldSpec } from './fieldSpec';

/** A calendar date in words: "1. marts 2027" (Danish), "1 March 2027" (English). */
export function longDate(iso: string, tx: Texts): string {
  const [y, m, d] = [iso.slice(0, 4), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  if (tx.locale === 'da') return `${d}. ${danishMonthName(m)} ${y}`;
  return `${d} ${tx.month(iso.slice(0, 7))}`;
}

/** The echo for a date or month field whose text parses; undefined for other fields or unreadable text. */
export function echoOf(spec: FieldSpec, raw: string, tx: Texts): string | undefined {
  const type = spec.col?.type;
  if ((type !== 'date' && type !== 'month') || raw.trim() === '') return undefined;
  const r = parseCell(spec.col!, raw);
  if (!r.ok || typeof r.value !== 'string') return undefined;
  return tx.t('readAs', { value: type === 'date' ? longDate(r.value, tx) : tx.month(r.value) });
}
