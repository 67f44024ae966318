// Cell styles for the sheets we write, appended to the workbook's own styles.xml: existing fonts, fills,
// borders, number formats and cell formats keep their indices (so every existing cell looks the same),
// and each distinct look we need is added once.
import type { CellRange, RangeFormat } from '../workbook/port';
import { escapeXml } from './xml';
import { fremdriftError } from '../text/errors';
import { maxOf, minOf } from '../domain/collections';

/** How a cell looks: the port's RangeFormat without its position (one definition of the look). */
export type CellLook = Omit<RangeFormat, keyof CellRange>;

const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
const CHILD: Record<string, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
  dxfs: 'dxf',
};
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

const rgb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

/** styles.xml with appended entries; `xml()` gives the patched part (unchanged text when nothing was added). */
export class StyleSheet {
  private text: string;
  private changed = false;
  private readonly counts: Record<string, number> = {};
  private readonly xfCache = new Map<string, number>();
  private readonly dxfCache = new Map<string, number>();
  private readonly fontCache = new Map<string, number>();
  private readonly fillCache = new Map<string, number>();
  private readonly borderCache = new Map<string, number>();
  private readonly fmtCache = new Map<string, number>();
  private nextFmtId: number;
  private readonly baseFont: { name: string; size: number };
  private readonly pending: Record<string, string[]> = {};

  constructor(xml: string | null) {
    this.text = xml ?? EMPTY_STYLES;
    if (/<(\w+):styleSheet\b/.test(this.text)) throw fremdriftError('file.prefixedStyles', {});
    for (const section of Object.keys(CHILD)) this.counts[section] = this.countChildren(section);
    const ids = [...this.section('numFmts').matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)];
    for (const m of ids) this.fmtCache.set(m[2], Number(m[1]));
    this.nextFmtId =
      maxOf(
        ids.map((m) => Number(m[1])),
        163,
      ) + 1;
    const font0 = /<font\b[\s\S]*?<\/font>/.exec(this.section('fonts'))?.[0] ?? '';
    this.baseFont = {
      name: /<name val="([^"]*)"/.exec(font0)?.[1] ?? 'Calibri',
      size: Number(/<sz val="([^"]*)"/.exec(font0)?.[1] ?? 11),
    };
  }

  private section(name: string): string {
    const m = new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`).exec(this.text);
    return m?.[0] ?? '';
  }

  private countChildren(section: string): number {
    const s = this.section(section);
    const inner = s.replace(new RegExp(`^<${section}\\b[^>]*>`), '');
    return (inner.match(new RegExp(`<${CHILD[section]}[\\s>/]`, 'g')) ?? []).length;
  }

  private add(section: string, xml: string): number {
    (this.pending[section] ??= []).push(xml);
    this.changed = true;
    return this.counts[section]++;
  }

  private numFmtId(code: string | undefined): number {
    if (!code || code === 'General') return 0;
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const known = this.fmtCache.get(escapeXml(code));
    if (known !== undefined) return known;
    const id = this.nextFmtId++;
    this.fmtCache.set(escapeXml(code), id);
    (this.pending.numFmts ??= []).push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    this.changed = true;
    return id;
  }

  private fontId(l: CellLook): number {
    if (!l.bold && !l.italic && !l.fontColor && !l.fontSize) return 0;
    const key = `${l.bold}|${l.italic}|${l.fontColor}|${l.fontSize}`;
    let id = this.fontCache.get(key);
    if (id === undefined) {
      const xml = `<font>${l.bold ? '<b/>' : ''}${l.italic ? '<i/>' : ''}<sz val="${l.fontSize ?? this.baseFont.size}"/>${l.fontColor ? `<color rgb="${rgb(l.fontColor)}"/>` : '<color theme="1"/>'}<name val="${escapeXml(this.baseFont.name)}"/><family val="2"/></font>`;
      id = this.add('fonts', xml);
      this.fontCache.set(key, id);
    }
    return id;
  }

  private fillId(fill: string | undefined): number {
    if (!fill) return 0;
    let id = this.fillCache.get(fill);
    if (id === undefined) {
      id = this.add(
        'fills',
        `<fill><patternFill patternType="solid"><fgColor rgb="${rgb(fill)}"/><bgColor indexed="64"/></patternFill></fill>`,
      );
      this.fillCache.set(fill, id);
    }
    return id;
  }

  private borderId(bottom: boolean | undefined): number {
    if (!bottom) return 0;
    let id = this.borderCache.get('bottom');
    if (id === undefined) {
      id = this.add(
        'borders',
        '<border><left/><right/><top/><bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/></border>',
      );
      this.borderCache.set('bottom', id);
    }
    return id;
  }

  /** The cellXfs index for a look (0 for the default look). */
  xf(l: CellLook): number {
    const key = JSON.stringify([
      l.numberFormat,
      !!l.bold,
      !!l.italic,
      l.fill,
      l.fontColor,
      l.fontSize,
      !!l.wrap,
      l.hAlign,
      !!l.borderBottom,
    ]);
    if (key === JSON.stringify([undefined, false, false, undefined, undefined, undefined, false, undefined, false]))
      return 0;
    let id = this.xfCache.get(key);
    if (id !== undefined) return id;
    const fmt = this.numFmtId(l.numberFormat);
    const font = this.fontId(l);
    const fill = this.fillId(l.fill);
    const border = this.borderId(l.borderBottom);
    const align =
      l.wrap || l.hAlign
        ? `<alignment${l.hAlign ? ` horizontal="${l.hAlign}"` : ''}${l.wrap ? ' vertical="top" wrapText="1"' : ''}/>`
        : '';
    const xml =
      `<xf numFmtId="${fmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
      `${fmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}${border ? ' applyBorder="1"' : ''}` +
      (align ? ` applyAlignment="1">${align}</xf>` : '/>');
    id = this.add('cellXfs', xml);
    this.xfCache.set(key, id);
    return id;
  }

  /** A differential format for conditional fills. */
  dxf(fill: string, fontColor?: string): number {
    const key = `${fill}|${fontColor}`;
    let id = this.dxfCache.get(key);
    if (id === undefined) {
      id = this.add(
        'dxfs',
        `<dxf>${fontColor ? `<font><color rgb="${rgb(fontColor)}"/></font>` : ''}<fill><patternFill patternType="solid"><bgColor rgb="${rgb(fill)}"/></patternFill></fill></dxf>`,
      );
      this.dxfCache.set(key, id);
    }
    return id;
  }

  get isChanged(): boolean {
    return this.changed;
  }

  xml(): string {
    let out = this.text;
    for (const name of ORDER) {
      const items = this.pending[name];
      if (!items || items.length === 0) continue;
      const count = name === 'numFmts' ? this.countIn(out, 'numFmts') + items.length : this.counts[name];
      const existing = new RegExp(`<${name}\\b([^>]*?)(/?)>`).exec(out);
      if (existing && existing[2] !== '/') {
        const close = out.indexOf(`</${name}>`, existing.index);
        const open = existing[0]
          .replace(/\scount="\d*"/, '')
          .replace(/>$/, ` count="${count}">`)
          .replace(/<(\w+)\s+count/, '<$1 count');
        out =
          out.slice(0, existing.index) +
          open +
          out.slice(existing.index + existing[0].length, close) +
          items.join('') +
          out.slice(close);
      } else if (existing) {
        out =
          out.slice(0, existing.index) +
          `<${name} count="${count}">${items.join('')}</${name}>` +
          out.slice(existing.index + existing[0].length);
      } else {
        const block = `<${name} count="${count}">${items.join('')}</${name}>`;
        const later = ORDER.slice(ORDER.indexOf(name) + 1)
          .map((n) => out.search(new RegExp(`<${n}\\b`)))
          .filter((i) => i >= 0);
        const at = later.length > 0 ? minOf(later) : out.lastIndexOf('</styleSheet>');
        out = out.slice(0, at) + block + out.slice(at);
      }
      this.pending[name] = [];
    }
    this.text = out;
    return out;
  }

  private countIn(xml: string, section: string): number {
    const m = new RegExp(`<${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${section}>)`).exec(xml);
    return m?.[1] ? (m[1].match(new RegExp(`<${CHILD[section]}[\\s>/]`, 'g')) ?? []).length : 0;
  }
}
