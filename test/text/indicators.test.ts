// An indicator's figures in words and the month its compact views show (issue 24): the latest month with a
// denominator, the target's direction, the gap for a target and for a limit, the small-number warning and the
// text sparkline (one bar per month, 0–100 %, "·" without figures).
import fc from 'fast-check';
import {
  latestFigure,
  monthsUpTo,
  nearestIndicators,
  personIndicators,
} from '../../src/domain/indicators/latestFigure';
import {
  indicatorGapText,
  indicatorStreakText,
  indicatorTargetText,
  indicatorValueText,
  smallNumberText,
  textSparkline,
} from '../../src/text/indicators';
import { goalOf, resultOf } from '../support/indicatorResults';

describe('latestFigure', () => {
  it('is the latest month with a denominator, else the latest month, else null', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(3)), { maxLength: 30 }), (pairs) => {
        const r = resultOf(
          goalOf(),
          '2025-01',
          pairs.map(([n, d]) => [Math.min(n, d * 20), d * 20] as const),
        );
        const m = latestFigure(r);
        if (r.months.length === 0) return expect(m).toBeNull();
        const withFigures = r.months.filter((x) => x.denominator > 0);
        expect(m).toBe(withFigures.at(-1) ?? r.months.at(-1));
      }),
    );
  });

  it('monthsUpTo gives the last n months ending at the month', () => {
    const r = resultOf(
      goalOf(),
      '2025-01',
      Array.from({ length: 20 }, () => [1, 2] as const),
    );
    expect(monthsUpTo(r, '2026-06', 12).map((m) => m.month)).toEqual(r.months.slice(6, 18).map((m) => m.month));
    expect(monthsUpTo(r, '2024-01', 3)).toEqual(r.months.slice(-3));
  });
});

describe('indicator texts', () => {
  const month = resultOf(goalOf(), '2025-01', [[34, 61]]).months[0];
  it('say the value with counts, truncated, and "–" at denominator 0', () => {
    expect(indicatorValueText(month)).toBe('55,7 % (34 af 61)');
    expect(indicatorValueText(month, 'en')).toBe('55.7% (34 of 61)');
    expect(indicatorValueText(resultOf(goalOf(), '2025-01', [[0, 0]]).months[0])).toBe('–');
    expect(indicatorValueText(resultOf(goalOf(), '2025-01', [[199, 498]]).months[0])).toBe('39,9 % (199 af 498)');
  });
  it('say the direction, the streak and the gap for a target and for a limit', () => {
    expect(indicatorTargetText({ direction: 'atLeast', target: 40 })).toBe('≥ 40 %');
    expect(indicatorTargetText({ direction: 'atMost', target: 10 }, 'en')).toBe('≤ 10%');
    expect(indicatorStreakText(1, 3)).toBe('1 af 3 måneder');
    expect(indicatorStreakText(1, 1, 'en')).toBe('1 of 1 month');
    expect(indicatorGapText(4, 'atLeast')).toBe('4 borgere mangler til målet');
    expect(indicatorGapText(1, 'atMost')).toBe('1 borger over grænsen');
    expect(indicatorGapText(0, 'atMost')).toBe('Når målet');
    expect(indicatorGapText(null, 'atMost')).toBe('–');
  });
  it('warn about small numbers only when the month is flagged', () => {
    const small = resultOf(goalOf(), '2025-01', [[3, 19]]).months[0];
    expect(smallNumberText(small, 20)).toBe('få tal (n < 20)');
    expect(smallNumberText(small, 20, 'en')).toBe('few figures (n < 20)');
    expect(smallNumberText(month, 20)).toBe('');
    expect(smallNumberText(null, 20)).toBe('');
  });
  it('draw one bar per month from 0 to 100 %, "·" without figures', () => {
    expect(
      textSparkline([{ share: 0 }, { share: 0.125 }, { share: 0.5 }, { share: null }, { share: 0.999 }, { share: 1 }]),
    ).toBe('▁▂▅·██');
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 24 }), (shares) => {
        const line = textSparkline(shares.map((share) => ({ share })));
        expect([...line]).toHaveLength(shares.length);
        expect(/^[▁▂▃▄▅▆▇█·]*$/.test(line)).toBe(true);
      }),
    );
  });
});

describe('a person’s indicators', () => {
  const own = resultOf(goalOf({ id: 'cv' }), '2025-01', [[1, 2]], { level: 'Sagsbehandler', name: 'Anna' });
  const other = resultOf(goalOf({ id: 'cv' }), '2025-01', [[1, 2]], { level: 'Sagsbehandler', name: 'Bo' });
  const teamCv = resultOf(goalOf({ id: 'cv' }), '2025-01', [[2, 4]], { level: 'Team', name: 'Nord' });
  const teamJoblog = resultOf(goalOf({ id: 'joblog' }), '2025-01', [[2, 4]], { level: 'Team', name: 'Nord' });
  const syd = resultOf(goalOf({ id: 'joblog' }), '2025-01', [[2, 4]], { level: 'Team', name: 'Syd' });
  const whole = resultOf(goalOf({ id: 'cv' }), '2025-01', [[3, 6]]);
  const all = [whole, teamCv, teamJoblog, syd, other, own];
  it('are the caseworker’s own levels, then the team’s; for print each indicator once', () => {
    expect(personIndicators(all, 'Anna', 'Nord')).toEqual([own, teamCv, teamJoblog]);
    expect(nearestIndicators(all, 'Anna', 'Nord')).toEqual([own, teamJoblog]);
    expect(personIndicators(all, 'Anna', undefined)).toEqual([own]);
    expect(nearestIndicators(all, 'Cecilie', 'Syd')).toEqual([syd]);
  });
});
