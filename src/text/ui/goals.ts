// Texts of the Mål og milepæle view's reconciliation section, Danish first and English second. Kept in
// their own file (not da.ts/en.ts) so this view's texts can change without touching the shared dictionary.
import { plural } from '../format';
import type { Locale } from './locale';

export interface GoalsTexts {
  reconciliationTitle: string;
  reconciliationIntro: string;
  reconciliationNone: string;
  colMonth: string;
  colStar: string;
  colAtClose: string;
  colNow: string;
  colDifference: string;
  notClosed: string;
  closedOn: (date: string) => string;
  changedSummary: (n: number, month: string) => string;
  countedAtClose: string;
  countedNow: string;
  yes: string;
  no: string;
}

const da: GoalsTexts = {
  reconciliationTitle: 'Afstemning med STAR',
  reconciliationIntro:
    'I indsats af brutto: STARs tal, tallet ved månedsafslutning og tallet nu. Forskel = nu minus STAR (i indsats).',
  reconciliationNone:
    'Ingen måneder at afstemme endnu: skriv STARs tal i tabellen STAR_tal, eller vent til en måned er lukket.',
  colMonth: 'Måned',
  colStar: 'STAR',
  colAtClose: 'Ved lukning',
  colNow: 'Nu',
  colDifference: 'Forskel',
  notClosed: 'ikke lukket',
  closedOn: (date) => `lukket ${date}`,
  changedSummary: (n, month) =>
    `${month}: ${plural(n, { one: 'borger', other: 'borgere' }, 'da')} ændret siden lukning`,
  countedAtClose: 'talt med ved lukning',
  countedNow: 'nu',
  yes: 'ja',
  no: 'nej',
};

const en: GoalsTexts = {
  reconciliationTitle: 'Reconciliation with STAR',
  reconciliationIntro:
    "Active of gross: STAR's figures, the figures at month close and the figures now. Difference = now minus STAR (active).",
  reconciliationNone:
    "No months to reconcile yet: enter STAR's figures in the STAR_tal table, or wait until a month is closed.",
  colMonth: 'Month',
  colStar: 'STAR',
  colAtClose: 'At close',
  colNow: 'Now',
  colDifference: 'Difference',
  notClosed: 'not closed',
  closedOn: (date) => `closed ${date}`,
  changedSummary: (n, month) =>
    `${month}: ${plural(n, { one: 'citizen', other: 'citizens' }, 'en')} changed since close`,
  countedAtClose: 'counted at close',
  countedNow: 'now',
  yes: 'yes',
  no: 'no',
};

export const GOALS_TEXTS: Record<Locale, GoalsTexts> = { da, en };

export function goalsTexts(locale: Locale): GoalsTexts {
  return GOALS_TEXTS[locale];
}
