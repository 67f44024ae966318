// Every issue code can be said in Danish and English, and the sentence carries its parameters:
// a new code without a text, or a text that drops the value it is about, fails here.
import type { DataIssue } from '../../src/domain/issues';
import { ISSUE_CODES_WITH_TEXT, ISSUE_TEXTS_EN, findingText, issueText } from '../../src/text/issues';

test('Danish and English texts cover the same codes', () => {
  expect([...ISSUE_TEXTS_EN].sort()).toEqual([...ISSUE_CODES_WITH_TEXT].sort());
  expect(ISSUE_CODES_WITH_TEXT.length).toBeGreaterThan(40);
});

test('an issue renders what is wrong and what Fremdrift did, in the chosen language', () => {
  const issue: DataIssue = {
    severity: 'error',
    table: 'Forløb',
    row: 12,
    column: 'Slutdato',
    code: 'endBeforeStart',
    params: { start: '2025-03-01', end: '2025-01-01' },
    consequence: 'rowSkipped',
  };
  expect(issueText(issue)).toBe('Slutdato 01-01-2025 ligger før Startdato 01-03-2025; rækken er ikke talt med');
  expect(issueText(issue, 'en')).toBe('End date 01-01-2025 is before start date 01-03-2025; the row is not counted');
});

test('numbers are formatted per language and values are quoted, long ones cut', () => {
  expect(findingText('aboveMax', { value: 1234.5, max: 744 })).toBe('1.234,5 er mere end 744, det højest mulige');
  expect(findingText('aboveMax', { value: 1234.5, max: 744 }, 'en')).toBe(
    '1,234.5 is more than 744, the largest possible',
  );
  expect(findingText('notANumber', { value: 'x'.repeat(50) })).toBe(`"${'x'.repeat(40)}…" er ikke et tal`);
});

test('the CPR refusal never echoes the value', () => {
  expect(findingText('cpr', {})).not.toMatch(/\d/);
});
