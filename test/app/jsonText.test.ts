// The piece writer of `report --json` (jsonText.ts) against JSON.stringify with indent 2: the same text for
// any fields (values of every JSON kind, undefined and functions left out, empty lists, escapes) cut at
// any number of items per piece, and for a measured report against toJsonReport.
import fc from 'fast-check';
import { measure } from '../../src/domain';
import { jsonReportFields, toJsonReport, type JsonField } from '../../src/app/jsonReport';
import { jsonPieces, jsonText } from '../../src/app/jsonText';
import { issueText } from '../../src/text/issues';
import { generateCaseload } from '../support/synthetic';

const joined = (fields: JsonField[], per: number) => Array.from(jsonPieces(fields, per)).join('');
const KEYS = ['rule', 'asOf', 'months', 'signals', 'issues', 'byCompany'] as const;

const value = fc.oneof(
  fc.jsonValue(),
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined)), { maxLength: 8 }),
  fc.string(),
);
const field = fc.record({
  key: fc.constantFrom(...KEYS),
  asList: fc.boolean(),
  items: fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string()), { maxLength: 12 }),
  value,
});

describe('jsonPieces', () => {
  it('joins to JSON.stringify(…, null, 2) of the fields as one object', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(field, { selector: (f) => f.key, maxLength: 6 }),
        fc.integer({ min: 1, max: 5 }),
        (fs, per) => {
          const fields: JsonField[] = fs.map((f) =>
            f.asList ? { key: f.key, items: f.items, item: (x: never) => x } : { key: f.key, value: f.value },
          );
          const whole: Record<string, unknown> = {};
          for (const f of fs) whole[f.key] = f.asList ? f.items : f.value;
          expect(joined(fields, per)).toBe(JSON.stringify(whole, null, 2));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes a measured report exactly as toJsonReport with JSON.stringify did', () => {
    const caseload = generateCaseload({
      citizens: 300,
      placements: 2000,
      hoursRows: 3000,
      months: 24,
      startMonth: '2024-01',
      teams: 3,
      caseworkersPerTeam: 4,
      seed: 7,
    });
    const report = measure(caseload, { asOf: '2025-10-15' }).report;
    const text = (i: Parameters<typeof issueText>[0]) => issueText(i, 'da');
    const expected = JSON.stringify(toJsonReport(report, text), null, 2);
    expect(report.signals.length).toBeGreaterThan(0);
    for (const per of [1, 3, 1000]) expect(joined(jsonReportFields(report, text), per)).toBe(expected);
    expect(jsonText(jsonReportFields(report, text))).toBe(expected);
  });
});
