// The dialogue's indicator lines (issue 24): only indicators with a level for this caseworker or their team,
// each for the dialogue's month or the latest month before it with figures, with the small-number warning.
import './setup';
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import type { Fremdrift } from '../../src/taskpane/context';
import { FremdriftContext } from '../../src/taskpane/context';
import { IndicatorLines } from '../../src/taskpane/views/dialog/IndicatorLines';
import { texts } from '../../src/text/ui';
import type { IndicatorResult } from '../../src/domain/indicators/types';
import { goalOf, resultOf } from '../support/indicatorResults';

const g = goalOf({ id: 'cv-andel', indicator: 'CV-andel', population: '', source: 'computed', target: 80 });
const anna = resultOf(
  g,
  '2026-09',
  [
    [30, 40],
    [38, 44],
    [41, 45],
  ],
  { level: 'Sagsbehandler', name: 'Anna' },
);
const bo = resultOf(
  g,
  '2026-09',
  [
    [1, 2],
    [1, 2],
    [1, 2],
  ],
  { level: 'Sagsbehandler', name: 'Bo' },
);
const nord = resultOf(
  goalOf(),
  '2026-09',
  [
    [5, 12],
    [6, 14],
    [0, 0],
  ],
  { level: 'Team', name: 'Team Nord' },
);
const whole = resultOf(goalOf(), '2026-09', [
  [50, 120],
  [60, 140],
  [70, 150],
]);
const all = [anna, bo, nord, whole];

function show(
  results: IndicatorResult[],
  person: string,
  team: string | undefined,
  month: string,
  locale: 'da' | 'en' = 'da',
) {
  return render(
    <FremdriftContext.Provider value={{ tx: texts(locale) } as Fremdrift}>
      <IndicatorLines results={results} person={person} team={team} month={month} />
    </FremdriftContext.Provider>,
  );
}

describe('indicator lines in the dialogue', () => {
  it('list the caseworker’s own level first, then the team’s, and nothing of others or the whole', () => {
    show(all, 'Anna', 'Team Nord', '2026-11');
    expect(screen.getByRole('heading', { name: 'Indikatorer for Anna', level: 4 })).toBeTruthy();
    const items = within(screen.getByTestId('dialog-indicators')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'CV-andel: november 2026: 91,1\u00a0% (41 af 45) · mål ≥ 80 % · bestået: Ja · i træk: 2 af 1 måned · Når målet',
      // Team Nord has no figures for November: October's are shown, with the small-number warning.
      'Selvbooking af samtaler (Team Nord): oktober 2026: 42,8\u00a0% (6 af 14) · mål ≥ 40 % · bestået: Ja · i træk: 2 af 1 måned · Når målet · få tal (n < 20)',
    ]);
  });

  it('show the dialogue’s month, not a later one', () => {
    show(all, 'Anna', 'Team Nord', '2026-09');
    expect(screen.getAllByRole('listitem')[0].textContent).toContain(
      'september 2026: 75\u00a0% (30 af 40) · mål ≥ 80 % · bestået: Nej',
    );
    expect(screen.getAllByRole('listitem')[0].textContent).toContain('2 borgere mangler til målet');
  });

  it('render nothing for a person without an indicator level', () => {
    const { container } = show(all, 'Cecilie', 'Team Syd', '2026-11');
    expect(container.innerHTML).toBe('');
  });

  it('say it in English', () => {
    show(all, 'Bo', undefined, '2026-11', 'en');
    expect(screen.getByRole('heading', { name: 'Indicators for Bo' })).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe(
      'CV-andel: November 2026: 50% (1 of 2) · target ≥ 80% · passed: No · in a row: 0 of 1 month · 1 citizen short of the goal · few figures (n < 20)',
    );
  });
});
