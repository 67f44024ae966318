// Mål og milepæle's indicator sections (issue 24) in jsdom: a section per indicator for the whole target
// group, each named by its heading, with the value and counts, target, pass/fail, streak, gap in people,
// milestone and deadline when set, the small-number warning, a labelled sparkline; in English too.
import './setup';
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import type { Fremdrift } from '../../src/taskpane/context';
import { FremdriftContext } from '../../src/taskpane/context';
import IndicatorSections from '../../src/taskpane/views/goals/IndicatorSections';
import { texts } from '../../src/text/ui';
import type { IndicatorResult } from '../../src/domain/indicators/types';
import { goalOf, resultOf } from '../support/indicatorResults';

function show(results: IndicatorResult[], locale: 'da' | 'en' = 'da') {
  const app = { tx: texts(locale) } as Fremdrift;
  return render(
    <FremdriftContext.Provider value={app}>
      <IndicatorSections results={results} />
    </FremdriftContext.Provider>,
  );
}

const lines = (section: HTMLElement) =>
  Object.fromEntries(
    within(section)
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );

const selvbooking = resultOf(
  goalOf({ monthsInARow: 3, deadline: '2027-03', baseMonth: '2026-06' }),
  '2026-09',
  [
    [20, 61],
    [26, 60],
    [34, 61],
  ],
  { statuses: ['behind', 'onTrack', 'onTrack'] },
);
const vurdering = resultOf(
  goalOf({ id: 'js2-vurdering-jobparate', indicator: 'Borgerens vurdering af samtalen (positiv)', target: 90 }),
  '2026-10',
  [
    [17, 18],
    [0, 0],
  ],
);
const korte = resultOf(
  goalOf({
    id: 'korte-forloeb',
    indicator: 'Forløb afsluttet inden for 4 uger',
    population: '',
    source: 'computed',
    direction: 'atMost',
    target: 10,
  }),
  '2026-11',
  [[9, 50]],
);
const team = resultOf(goalOf({ id: 'team-only' }), '2026-11', [[1, 9]], { level: 'Team', name: 'Team Nord' });

describe('indicator sections in Mål og milepæle', () => {
  it('render nothing when there are no indicators for the whole', () => {
    const { container } = show([team]);
    expect(container.innerHTML).toBe('');
  });

  it('give each indicator at the level Alle a section named by its heading', () => {
    show([selvbooking, vurdering, korte, team]);
    expect(screen.getByRole('heading', { name: 'Indikatorer', level: 3 })).toBeTruthy();
    const sections = screen.getAllByTestId('indicator-section');
    expect(sections.map((s) => s.getAttribute('data-indicator'))).toEqual([
      'js2-selvbooking-jobparate',
      'js2-vurdering-jobparate',
      'korte-forloeb',
    ]);
    expect(screen.getByRole('region', { name: 'Selvbooking af samtaler' })).toBe(sections[0]);
    expect(within(sections[2]).getByText('Alle · beregnet af Fremdrift')).toBeTruthy();
  });

  it('show the value with counts, target, pass/fail, streak, gap, milestone and deadline', () => {
    show([selvbooking]);
    const section = screen.getByRole('region', { name: 'Selvbooking af samtaler' });
    expect(lines(section)).toEqual({
      'Værdi i november 2026': '55,7\u00a0% (34 af 61)',
      Mål: '≥ 40 %',
      Bestået: 'Ja',
      'I træk': '2 af 3 måneder',
      'Fra målet': 'Når målet',
      Milepæl: '40\u00a0% · På sporet',
      Deadline: 'marts 2027 · Ikke opfyldt endnu · kan ikke nås inden fristen',
    });
    const spark = within(section).getByRole('img');
    expect(spark.getAttribute('aria-label')).toBe(
      'Andel de seneste 3 måneder: sep. 26 32,7\u00a0%, okt. 26 43,3\u00a0%, nov. 26 55,7\u00a0%',
    );
  });

  it('fall back to the latest month with figures and warn about a small denominator', () => {
    show([vurdering]);
    const section = screen.getByRole('region', { name: 'Borgerens vurdering af samtalen (positiv)' });
    const l = lines(section);
    expect(l['Værdi i oktober 2026']).toBe('94,4\u00a0% (17 af 18)');
    expect(within(section).getByTestId('small-number').textContent).toBe(
      'Få tal: nævneren er 18, under 20, så andelen svinger meget fra måned til måned.',
    );
    expect(screen.queryAllByTestId('small-number')).toHaveLength(1);
  });

  it('say how many are over the limit for an indicator that must stay low', () => {
    show([korte]);
    const l = lines(screen.getByRole('region', { name: 'Forløb afsluttet inden for 4 uger' }));
    expect(l['Mål']).toBe('≤ 10 %');
    expect(l['Bestået']).toBe('Nej');
    expect(l['Fra målet']).toBe('4 borgere over grænsen');
  });

  it('say "no figures yet", never 0 %, for an indicator without figures', () => {
    show([resultOf(goalOf(), '2026-11', [[0, 0]])]);
    const l = lines(screen.getByRole('region', { name: 'Selvbooking af samtaler' }));
    expect(l['Værdi i november 2026']).toBe('Ingen tal endnu');
    expect(l['Bestået']).toBe('–');
    expect(l['Fra målet']).toBe('–');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('say it in English', () => {
    show([selvbooking, vurdering, korte], 'en');
    expect(screen.getByRole('heading', { name: 'Indicators', level: 3 })).toBeTruthy();
    const l = lines(screen.getByRole('region', { name: 'Selvbooking af samtaler' }));
    expect(l['Value in November 2026']).toBe('55.7% (34 of 61)');
    expect(l['In a row']).toBe('2 of 3 months');
    expect(l['Passed']).toBe('Yes');
    expect(lines(screen.getByRole('region', { name: 'Forløb afsluttet inden for 4 uger' }))['From the target']).toBe(
      '4 citizens over the limit',
    );
    expect(screen.getByTestId('small-number').textContent).toMatch(/^Few figures: the denominator is 18, below 20/);
  });
});
