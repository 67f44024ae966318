// The indicator presets (issue 24): the five Jobrettet Samtale II success criteria (002 §2.1, with 002's
// baselines) and the three indicators Fremdrift computes from the caseload itself. An Indikatorer row
// naming a preset's Indikator and Målgruppe takes the preset's target unless Indikatormål gives its own.
import type { IndicatorDirection } from './types';

export interface IndicatorPreset {
  id: string;
  indicator: string;
  /** '' for computed indicators (their population is the gross target group). */
  population: string;
  direction: IndicatorDirection;
  target: number;
  monthsInARow: number;
  /** The baseline share in percent the source reports (002 §2.1); null when unknown. For information only. */
  baseline: number | null;
}

/** Below this denominator a month carries a small-number warning, unless Indikatormål says otherwise. */
export const DEFAULT_SMALL_NUMBER_BELOW = 20;

const JOBPARATE = 'Jobparate kontanthjælpsmodtagere';
const FORSIKREDE = 'Forsikrede ledige';

/** Jobrettet Samtale II's success criteria (002 §2.1 figure 2). */
export const JS2_PRESETS: readonly IndicatorPreset[] = [
  {
    id: 'js2-selvbooking-jobparate',
    indicator: 'Selvbooking af samtaler',
    population: JOBPARATE,
    direction: 'atLeast',
    target: 40,
    monthsInARow: 1,
    baseline: 3,
  },
  {
    id: 'js2-joblog-jobparate',
    indicator: 'Joblog anvendt',
    population: JOBPARATE,
    direction: 'atLeast',
    target: 80,
    monthsInARow: 1,
    baseline: 61,
  },
  {
    id: 'js2-joblog-forsikrede',
    indicator: 'Joblog anvendt',
    population: FORSIKREDE,
    direction: 'atLeast',
    target: 90,
    monthsInARow: 1,
    baseline: 86,
  },
  {
    id: 'js2-vurdering-jobparate',
    indicator: 'Borgerens vurdering af samtalen (positiv)',
    population: JOBPARATE,
    direction: 'atLeast',
    target: 90,
    monthsInARow: 1,
    baseline: null,
  },
  {
    id: 'js2-vurdering-forsikrede',
    indicator: 'Borgerens vurdering af samtalen (positiv)',
    population: FORSIKREDE,
    direction: 'atLeast',
    target: 90,
    monthsInARow: 1,
    baseline: null,
  },
];

/** Ids of the indicators Fremdrift computes from Borgere, Forløb and Timer. */
export type ComputedIndicatorId = 'cv-andel' | 'korte-forloeb' | 'konvertering';

/** The computed indicators' defaults: local targets to be set in Indikatormål; these are starting points. */
export const COMPUTED_PRESETS: readonly (IndicatorPreset & { id: ComputedIndicatorId })[] = [
  {
    id: 'cv-andel',
    indicator: 'CV-andel',
    population: '',
    direction: 'atLeast',
    target: 80,
    monthsInARow: 1,
    baseline: null,
  },
  {
    id: 'korte-forloeb',
    indicator: 'Forløb afsluttet inden 4 uger',
    population: '',
    direction: 'atMost',
    target: 25,
    monthsInARow: 1,
    baseline: null,
  },
  {
    id: 'konvertering',
    indicator: 'Konvertering til løntimer eller job',
    population: '',
    direction: 'atLeast',
    target: 30,
    monthsInARow: 1,
    baseline: null,
  },
];
