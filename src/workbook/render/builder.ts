// A small helper to build SheetModels row by row, with the common title block every output sheet has.
import { formatDanishDate } from '../../domain/dates';
import type { OutputSheetName } from '../contract';
import type { CellValue, ChartSpec, ConditionalFill, RangeFormat, SheetModel } from '../port';

export const FORMATS = {
  percent: '0.0%',
  date: 'dd-mm-yyyy',
  hours: '0.0',
  integer: '0',
  /** Counts with a thousands separator: 1.250 in Danish Excel. */
  thousands: '#,##0',
  /** A change: +3 / -2 / 0. */
  signedInteger: '+0;-0;0',
  /** A change in percentage points: +1.7 / -0.4 / 0.0. */
  signedPoints: '+0.0;-0.0;0.0',
} as const;

export const COLORS = {
  title: '#1F3864',
  header: '#D9E1F2',
  good: '#C6EFCE',
  goodText: '#006100',
  near: '#FFEB9C',
  nearText: '#9C5700',
  bad: '#FFC7CE',
  badText: '#9C0006',
  muted: '#595959',
} as const;

export interface RenderContext {
  /** When the outputs were computed, already formatted in Danish ("22-11-2026 kl. 10:42"). */
  computedAt: string;
}

export class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly formats: RangeFormat[] = [];
  readonly conditionalFills: ConditionalFill[] = [];
  readonly charts: ChartSpec[] = [];
  readonly rowBreaksBefore: number[] = [];
  /** Rows written by headerRow, for fitHeaders. */
  readonly headerRows: number[] = [];

  constructor(readonly name: OutputSheetName) {}

  /** Zero-based index of the next row. */
  get nextRow(): number {
    return this.values.length;
  }

  row(cells: CellValue[] = []): number {
    this.values.push(cells.map((c) => (c === undefined ? null : c)));
    return this.values.length - 1;
  }

  blank(): void {
    this.row([]);
  }

  format(f: RangeFormat): void {
    this.formats.push(f);
  }

  heading(text: string, level: 1 | 2 = 2): number {
    const r = this.row([text]);
    this.format({ row: r, col: 0, bold: true, fontSize: level === 1 ? 16 : 13, fontColor: COLORS.title });
    return r;
  }

  /** A header row of a table block, bold on a light fill with a bottom border. */
  headerRow(headers: string[]): number {
    const r = this.row(headers);
    this.format({
      row: r,
      col: 0,
      cols: headers.length,
      bold: true,
      fill: COLORS.header,
      borderBottom: true,
      wrap: true,
    });
    this.headerRows.push(r);
    return r;
  }

  /** A muted italic note, split into lines of at most `width` characters so it never widens the printed page. */
  note(text: string, width = 140): void {
    for (const line of wrapWords(text, width)) {
      const r = this.row([line]);
      this.format({ row: r, col: 0, italic: true, fontColor: COLORS.muted });
    }
  }

  /**
   * Column widths wide enough for every header row written so far on one line (bold text runs wider),
   * never narrower than `base`: a wrapped header would spill into the first data row, as neither
   * LibreOffice nor Excel grows a row written without a height.
   */
  fitHeaders(base: readonly number[], headerRows: readonly number[]): number[] {
    const widths = [...base];
    for (const r of headerRows) {
      this.values[r].forEach((v, c) => {
        if (typeof v === 'string' && v) widths[c] = Math.max(widths[c] ?? 8.43, Math.ceil(v.length * 1.15) + 1);
      });
    }
    return widths;
  }

  /** The title block: sheet title, when it was computed and under which rule. */
  titleBlock(title: string, ctx: RenderContext, ruleName: string, ruleId: string, asOf: string): void {
    this.heading(title, 1);
    const r = this.row([
      `Beregnet ${ctx.computedAt} · Målregel: ${ruleName} (${ruleId}) · Opgjort pr. ${formatDanishDate(asOf)}`,
    ]);
    this.format({ row: r, col: 0, italic: true, fontColor: COLORS.muted });
    this.blank();
  }

  build(extra: Partial<SheetModel> = {}): SheetModel {
    // A loop, not Math.max(...rows): a spread over tens of thousands of rows overflows the call stack.
    let width = 0;
    for (const r of this.values) if (r.length > width) width = r.length;
    // Padded in place (the rows are the builder's own copies): a second copy of every row of a large
    // sheet would double the model's memory for nothing.
    for (const r of this.values) while (r.length < width) r.push(null);
    const values = this.values;
    return {
      name: this.name,
      values,
      formats: this.formats,
      conditionalFills: this.conditionalFills,
      charts: this.charts,
      ...(this.rowBreaksBefore.length > 0 ? { print: { rowBreaksBefore: this.rowBreaksBefore } } : {}),
      ...extra,
      ...(extra.print ? { print: { ...extra.print, rowBreaksBefore: this.rowBreaksBefore } } : {}),
    };
  }
}

export function statusFill(b: SheetBuilder, row: number, col: number, rows = 1): void {
  b.conditionalFills.push(
    { row, col, rows, equals: 'På sporet', fill: COLORS.good, fontColor: COLORS.goodText },
    { row, col, rows, equals: 'Tæt på', fill: COLORS.near, fontColor: COLORS.nearText },
    { row, col, rows, equals: 'Bagud', fill: COLORS.bad, fontColor: COLORS.badText },
  );
}

/** Danish "22-11-2026 kl. 10:42" for a moment, in Danish time. */
export function formatComputedAt(moment: Date): string {
  const parts = new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(moment);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}-${get('month')}-${get('year')} kl. ${get('hour')}:${get('minute')}`;
}

/** Roughly how many pixels Excel and LibreOffice draw for columns of these character widths (7 px a character + padding). */
export function columnsPx(widths: readonly number[], from: number, count: number): number {
  let px = 0;
  for (let c = from; c < from + count; c++) px += Math.round((widths[c] ?? 8.43) * 7 + 5);
  return px;
}

/** Rows of the default 15 pt (20 px) height that a chart of `heightPx` covers, plus one row of air. */
export function rowsForPx(heightPx: number): number {
  return Math.ceil(heightPx / 20) + 1;
}

/** A row with cells placed at given columns (blocks side by side); the gaps stay empty. */
export function placed(cells: ReadonlyArray<readonly [number, CellValue]>): CellValue[] {
  const row: CellValue[] = [];
  for (const [col, value] of cells) {
    while (row.length < col) row.push(null);
    row[col] = value;
  }
  return row;
}

/** Words into lines of at most `width` characters (a longer word stands alone). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Number columns' headers stand right, over their right-aligned numbers; text columns' stay left. */
export function rightAlignNumberHeaders(
  b: SheetBuilder,
  header: number,
  headers: readonly string[],
  textColumns: readonly string[],
): void {
  headers.forEach((h, c) => {
    if (h && !textColumns.includes(h)) b.format({ row: header, col: c, hAlign: 'right' });
  });
}
