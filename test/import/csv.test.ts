import fc from 'fast-check';
import { detectDelimiter, parseCsv, toCsv, type Delimiter } from '../../src/import/csv';
import { readCsvSource } from '../../src/import/source';

describe('parseCsv', () => {
  test('quotes, doubled quotes, delimiter and line breaks inside quotes', () => {
    const text = 'a;b;c\r\n"x;y";"he said ""hej""";"line1\nline2"\r\n1;2;3';
    expect(parseCsv(text)).toEqual({
      delimiter: ';',
      records: [
        ['a', 'b', 'c'],
        ['x;y', 'he said "hej"', 'line1\nline2'],
        ['1', '2', '3'],
      ],
      issues: [],
    });
  });

  test('LF, CRLF and lone CR line ends', () => {
    expect(parseCsv('a,b\n1,2\r\n3,4\r5,6').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  test('empty trailing lines are not rows, empty lines in the middle are', () => {
    expect(parseCsv('h\n1\n\n2\n\n\n').records).toEqual([['h'], ['1'], [''], ['2']]);
  });

  test('a record holding one empty quoted field is kept even at the end', () => {
    expect(parseCsv('h\n""\n').records).toEqual([['h'], ['']]);
  });

  test('trailing delimiter yields an empty last field', () => {
    expect(parseCsv('a;b;\n1;2;').records).toEqual([
      ['a', 'b', ''],
      ['1', '2', ''],
    ]);
  });

  test('delimiter detection among ; , and tab (ties prefer ;)', () => {
    expect(detectDelimiter('a;b;c\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('"x,y,z";b\n')).toBe(';');
    expect(detectDelimiter('a,b;c\n')).toBe(';');
  });

  test('unterminated quote: an issue naming the record, and later rows are not swallowed', () => {
    const r = parseCsv('id;navn\n1;"Søren\n2;Bo\n3;Ib');
    expect(r.issues).toEqual([{ record: 1, line: 2, code: 'unclosedQuote', params: {} }]);
    expect(r.records).toEqual([
      ['id', 'navn'],
      ['1', '"Søren'],
      ['2', 'Bo'],
      ['3', 'Ib'],
    ]);
  });

  test('a quote inside an unquoted field is a literal character', () => {
    expect(parseCsv('a;b\n5" skærm;x').records).toEqual([
      ['a', 'b'],
      ['5" skærm', 'x'],
    ]);
  });

  test('empty text has no records', () => {
    expect(parseCsv('').records).toEqual([]);
  });

  test('linear time: 100,000 quoted rows parse quickly enough to be usable', () => {
    const line = '"B1";"Søren ""S"" Ø";"01-03-2025";"7,5"\n';
    const text = 'a;b;c;d\n' + line.repeat(100000);
    const r = parseCsv(text);
    expect(r.records.length).toBe(100001);
    expect(r.records[100000]).toEqual(['B1', 'Søren "S" Ø', '01-03-2025', '7,5']);
  });
});

describe('parseCsv fuzzing', () => {
  const delimiters: Delimiter[] = [';', ',', '\t'];
  const field = fc.string({
    unit: fc.constantFrom('a', 'ø', 'Å', ' ', '"', ';', ',', '\t', '\n', '\r', '=', '1', '-'),
    maxLength: 8,
  });

  test('never loses or changes a row: serialise with quoting, parse back, equal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...delimiters),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.array(field, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        (delimiter, width, raw, eol, trailingEol) => {
          const rows = raw.map((r) => r.slice(0, width));
          const text = toCsv(rows, delimiter, eol) + (trailingEol ? eol : '');
          const parsed = parseCsv(text, { delimiter });
          expect(parsed.records).toEqual(rows);
          expect(parsed.issues).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('never throws on arbitrary text, and every line break outside quotes starts a record', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', ';', '\n', '\r', ' ', 'æ'), maxLength: 60 }), (text) => {
        const r = parseCsv(text);
        expect(Array.isArray(r.records)).toBe(true);
        if (!text.includes('"')) {
          const lines = text.split(/\r\n|\n|\r/);
          while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
          expect(r.records.length).toBe(lines.length);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readCsvSource', () => {
  const read = (text: string) => readCsvSource(new TextEncoder().encode(text));

  test('Excel\'s "sep=" line names the delimiter and is not the header', () => {
    const r = read('sep=,\r\nBorger-ID,Navn;Efternavn\r\nB1,Søren;S\r\n');
    expect(r).toMatchObject({
      ok: true,
      table: { headers: ['Borger-ID', 'Navn;Efternavn'], rows: [['B1', 'Søren;S']], delimiter: ',' },
    });
  });

  test('short rows are padded, trailing blank rows dropped, blank rows in the middle kept', () => {
    const r = read('a;b;c\n1\n;;\n2;3;4\n;;\n;;\n');
    expect(r).toMatchObject({
      ok: true,
      table: {
        headers: ['a', 'b', 'c'],
        rows: [
          ['1', null, null],
          ['', '', ''],
          ['2', '3', '4'],
        ],
        issues: [],
      },
    });
  });

  test('blank lines above the header are skipped and issue rows renumbered', () => {
    const r = read('\n\na;b\n1;"x\n2;y');
    expect(r).toMatchObject({
      ok: true,
      table: {
        headers: ['a', 'b'],
        rows: [
          ['1', '"x'],
          ['2', 'y'],
        ],
        issues: [{ row: 1 }],
      },
    });
  });
});
