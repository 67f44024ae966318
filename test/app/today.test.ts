// The CLI's clock is Denmark's calendar date whatever the machine's time zone (CI runners and servers run
// on UTC): just after midnight in Copenhagen it is already the next day, in summer and in winter.
import { todayInDenmark } from '../../src/app/today';

describe('todayInDenmark', () => {
  test.each([
    ['winter, 23:30 UTC is 00:30 in Copenhagen', '2026-12-03T23:30:00Z', '2026-12-04'],
    ['winter, 22:59 UTC is still the same day', '2026-12-03T22:59:00Z', '2026-12-03'],
    ['summer, 22:30 UTC is 00:30 (CEST)', '2026-06-30T22:30:00Z', '2026-07-01'],
    ['summer, 21:59 UTC is 23:59', '2026-06-30T21:59:00Z', '2026-06-30'],
    ['new year', '2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s', (_label, instant, expected) => {
    expect(todayInDenmark(new Date(instant))).toBe(expected);
  });
});
