// Data issues in words, Danish and English: the one place their sentences are written. The domain and
// the reader give codes and parameters (src/domain/issues.ts); the Datakvalitet sheet, the CLI, the JSON
// report, typed entry and the import preview all render them here, so each message is written once.
import { formatDanishDate } from '../domain/dates';
import type { DataIssue, IssueCode, IssueConsequence, IssueParams } from '../domain/issues';
import type { Locale } from './locale';

type Texts = { [C in IssueCode]: (p: IssueParams[C]) => string };

const quote = (text: string) => `"${text.length > 40 ? text.slice(0, 40) + '…' : text}"`;
const date = (iso: string) => formatDanishDate(iso);
const number = (n: number, locale: Locale) => n.toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB');
const list = (items: readonly string[]) => items.join(', ');

const DA: Texts = {
  required: () => 'mangler (skal udfyldes)',
  cpr: () =>
    'Værdien ligner et CPR-nummer. Fremdrift må ikke indeholde CPR-numre; brug et lokalt sagsnummer eller et pseudonym',
  notADate: (p) => `${quote(p.value)} er ikke en dato; skriv fx 01-03-2025 eller 2025-03-01`,
  invalidDate: (p) => `${quote(p.value)} er ikke en gyldig dato (dagen findes ikke)`,
  dateOutOfRange: (p) =>
    `${quote(p.value)} ligger uden for de datoer, Fremdrift kan bruge (01-03-1900 til 31-12-2100); tjek årstallet`,
  notAMonth: (p) => `${quote(p.value)} er ikke en måned; skriv fx 2025-03 eller en dato i måneden`,
  notANumber: (p) => `${quote(p.value)} er ikke et tal`,
  notAnInteger: (p) => `${quote(p.value)} skal være et helt tal`,
  belowMin: (p) => `${number(p.value, 'da')} er mindre end ${number(p.min, 'da')}`,
  aboveMax: (p) => `${number(p.value, 'da')} er mere end ${number(p.max, 'da')}, det højest mulige`,
  notInList: (p) => `${quote(p.value)} er ikke en tilladt værdi; vælg en af: ${list(p.allowed)}`,
  notYesNo: (p) => `${quote(p.value)} skal være Ja eller Nej`,
  notCvr: (p) => `${quote(p.value)} er ikke et CVR-nummer; det skal være 8 cifre`,
  cellError: (p) => `cellen indeholder fejlen ${p.value}`,
  formulaWithoutValue: () => 'cellen indeholder en formel uden beregnet værdi (åbn og gem filen i Excel)',
  endBeforeStart: (p) => `Slutdato ${date(p.end)} ligger før Startdato ${date(p.start)}`,
  duplicateId: (p) => `Borger-ID "${p.id}" findes allerede i række ${p.firstRow}`,
  unknownCitizen: (p) => `Borger-ID "${p.id}" findes ikke i Borgere`,
  citizenRowRejected: (p) => `Borger-ID "${p.id}" står i Borgere række ${p.citizenRow}, men den række har en fejl`,
  exitReasonWithoutEnd: (p) => `Afgangsårsag "${p.reason}" er udfyldt, men Slutdato mangler`,
  placementOutsidePeriod: (p) =>
    `Forløbet ligger uden for borgerens periode i målgruppen (${date(p.start)} til ${p.end ? date(p.end) : 'nu'})`,
  hoursPerWeekHigh: (p) => `${number(p.hours, 'da')} timer pr. uge er usandsynligt mange; tjek tallet`,
  duplicateHoursMonth: (p) => `Borger-ID "${p.id}" har allerede timer for ${p.month} i række ${p.firstRow}`,
  duplicateMonth: (p) => `Måneden ${p.month} står allerede i række ${p.firstRow}`,
  monthOutsideReport: (p) => `Måneden ${p.month} ligger uden for rapportens periode`,
  followUpBeforeStart: (p) => `Opfølgning ${date(p.followUp)} ligger før forløbets Startdato ${date(p.start)}`,
  dateInFuture: (p) => `${date(p.date)} ligger efter i dag (${date(p.asOf)})`,
  startAfterAsOf: (p) =>
    `Startdato ${date(p.start)} ligger efter opgørelsesdatoen ${date(p.asOf)}, så borgeren er ikke i målgruppen endnu; tjek årstallet`,
  duplicateAcrossFiles: (p) =>
    `Borger-ID "${p.id}" findes både i ${p.firstFile} (række ${p.firstRow}) og i ${p.file} (række ${p.row}); borgeren er taget med fra ${p.firstFile}`,
  unknownColumn: (p) => `tabellen har ingen kolonne "${p.column}"`,
  noSuchRow: (p) => `der er ingen række ${p.row}`,
  idCannotChange: () => 'Borger-ID kan ikke ændres her',
  rowMoved: (p) => `rækken med Borger-ID "${p.id}" er flyttet eller ændret siden; prøv igen`,
  notInStaffList: (p) =>
    `${quote(p.value)} ${p.kind === 'team' ? 'er ikke et team' : 'står ikke'} i Medarbejdere` +
    (p.suggestion ? `; mente du "${p.suggestion}"?` : ''),
  unknownRule: (p) => `${quote(p.value)} er ikke en kendt målregel; vælg en af: ${list(p.allowed)}`,
  badThreshold: (p) => `${quote(p.value)} er ikke en tærskel i procent (over 0 og højst 100)`,
  thresholdAsFraction: (p) =>
    `${quote(p.value)} er læst som ${number(p.percent, 'da')} %; skriv ${number(p.percent, 'da')} for at undgå tvivl`,
  badMonthsInARow: (p) => `${quote(p.value)} skal være et helt antal måneder fra 1 til 24`,
  unknownListItems: (p) => `Ukendt: ${list(p.items)}; tilladt er: ${list(p.allowed)}`,
  unknownSettingKey: (p) => `Ukendt nøgle ${quote(p.key)}; kendte nøgler: ${list(p.known)}`,
  valueWithoutKey: () => 'Værdi uden nøgle',
  duplicateSettingKey: (p) => `Nøglen "${p.key}" står også i række ${p.firstRow}`,
  periodReversed: (p) => `Periode fra (${p.from}) ligger efter Periode til (${p.to})`,
  periodTooLong: (p) =>
    `Perioden fra ${p.from} til ${p.to} er over ${p.max / 12} år; tjek Startdato og Periode fra for forkerte årstal`,
  baseNotBeforeDeadline: (p) => `Basismåned (${p.base}) skal ligge før Deadline (${p.deadline})`,
  badBand: (p) => `${quote(p.value)} er ikke et sagstal; skriv fx 40-50`,
  badDays: (p) => `${quote(p.value)} skal være et helt antal (1 eller flere)`,
  badAmount: (p) => `${quote(p.value)} er ikke et beløb i kroner`,
  numeratorAboveDenominator: (p) =>
    `Tæller ${number(p.numerator, 'da')} er større end Nævner ${number(p.denominator, 'da')}; tælleren kan højst være nævneren`,
  duplicateIndicatorRow: (p) => `Samme måned, indikator, målgruppe og team står allerede i række ${p.firstRow}`,
  indicatorWithoutTarget: (p) =>
    `Indikatoren ${quote(p.indicator)}${p.population ? ` for ${quote(p.population)}` : ''} har intet mål; skriv det i Indikatormål`,
  unknownIndicator: (p) =>
    `Ingen indikator hedder ${quote(p.indicator)}${p.population ? ` for ${quote(p.population)}` : ''}; kendte indikatorer: ${list(p.known)}`,
  packedEntryInvalid: (p) =>
    `ændring nr. ${number(p.position, 'da')} (${quote(p.entry)}) kan ikke læses; hver ændring er to tegn (JK, JT, JL, J-, NK, NT, NL, N- eller U-) og et Borger-ID, adskilt af semikolon` +
    (p.more > 0 ? ` (og ${number(p.more, 'da')} ændringer mere i cellen kan heller ikke læses)` : '') +
    '; rækken er skrevet af Fremdrift og må ikke redigeres',
  packedCountMismatch: (p) =>
    `Antal er ${number(p.count, 'da')}, men Ændringer rummer ${number(p.found, 'da')} ændringer; cellen er måske redigeret eller afkortet`,
  packedPartMissing: (p) =>
    `del ${number(p.part, 'da')} af ${p.month} mangler, så afstemningen for ${p.month} og senere måneder kan mangle borgere`,
  packedPartTwice: (p) => `del ${number(p.part, 'da')} af ${p.month} står allerede i række ${p.firstRow}`,
};

const EN: Texts = {
  required: () => 'is missing (required)',
  cpr: () =>
    'The value looks like a CPR number. Fremdrift must not hold CPR numbers; use a local case number or a pseudonym',
  notADate: (p) => `${quote(p.value)} is not a date; write e.g. 01-03-2025 or 2025-03-01`,
  invalidDate: (p) => `${quote(p.value)} is not a valid date (no such day)`,
  dateOutOfRange: (p) =>
    `${quote(p.value)} lies outside the dates Fremdrift can use (01-03-1900 to 31-12-2100); check the year`,
  notAMonth: (p) => `${quote(p.value)} is not a month; write e.g. 2025-03 or a date in the month`,
  notANumber: (p) => `${quote(p.value)} is not a number`,
  notAnInteger: (p) => `${quote(p.value)} must be a whole number`,
  belowMin: (p) => `${number(p.value, 'en')} is less than ${number(p.min, 'en')}`,
  aboveMax: (p) => `${number(p.value, 'en')} is more than ${number(p.max, 'en')}, the largest possible`,
  notInList: (p) => `${quote(p.value)} is not an allowed value; choose one of: ${list(p.allowed)}`,
  notYesNo: (p) => `${quote(p.value)} must be Ja (yes) or Nej (no)`,
  notCvr: (p) => `${quote(p.value)} is not a CVR number; it must be 8 digits`,
  cellError: (p) => `the cell holds the error ${p.value}`,
  formulaWithoutValue: () => 'the cell holds a formula without a calculated value (open and save the file in Excel)',
  endBeforeStart: (p) => `End date ${date(p.end)} is before start date ${date(p.start)}`,
  duplicateId: (p) => `Borger-ID "${p.id}" already exists in row ${p.firstRow}`,
  unknownCitizen: (p) => `Borger-ID "${p.id}" is not in Borgere`,
  citizenRowRejected: (p) => `Borger-ID "${p.id}" is in Borgere row ${p.citizenRow}, but that row has an error`,
  exitReasonWithoutEnd: (p) => `Exit reason "${p.reason}" is given, but the end date is missing`,
  placementOutsidePeriod: (p) =>
    `The placement lies outside the citizen's time in the target group (${date(p.start)} to ${p.end ? date(p.end) : 'now'})`,
  hoursPerWeekHigh: (p) => `${number(p.hours, 'en')} hours a week is implausibly many; check the figure`,
  duplicateHoursMonth: (p) => `Borger-ID "${p.id}" already has hours for ${p.month} in row ${p.firstRow}`,
  duplicateMonth: (p) => `The month ${p.month} is already in row ${p.firstRow}`,
  monthOutsideReport: (p) => `The month ${p.month} is outside the report's period`,
  followUpBeforeStart: (p) => `Follow-up ${date(p.followUp)} is before the placement's start date ${date(p.start)}`,
  dateInFuture: (p) => `${date(p.date)} is after today (${date(p.asOf)})`,
  startAfterAsOf: (p) =>
    `Start date ${date(p.start)} is after the as-of date ${date(p.asOf)}, so the citizen is not in the target group yet; check the year`,
  duplicateAcrossFiles: (p) =>
    `Borger-ID "${p.id}" is in both ${p.firstFile} (row ${p.firstRow}) and ${p.file} (row ${p.row}); the citizen is taken from ${p.firstFile}`,
  unknownColumn: (p) => `the table has no column "${p.column}"`,
  noSuchRow: (p) => `there is no row ${p.row}`,
  idCannotChange: () => 'Borger-ID cannot be changed here',
  rowMoved: (p) => `the row with Borger-ID "${p.id}" has moved or changed since; try again`,
  notInStaffList: (p) =>
    `${quote(p.value)} ${p.kind === 'team' ? 'is not a team' : 'is not a person'} in Medarbejdere` +
    (p.suggestion ? `; did you mean "${p.suggestion}"?` : ''),
  unknownRule: (p) => `${quote(p.value)} is not a known goal rule; choose one of: ${list(p.allowed)}`,
  badThreshold: (p) => `${quote(p.value)} is not a threshold in percent (above 0, at most 100)`,
  thresholdAsFraction: (p) =>
    `${quote(p.value)} is read as ${number(p.percent, 'en')} %; write ${number(p.percent, 'en')} to avoid doubt`,
  badMonthsInARow: (p) => `${quote(p.value)} must be a whole number of months from 1 to 24`,
  unknownListItems: (p) => `Unknown: ${list(p.items)}; allowed: ${list(p.allowed)}`,
  unknownSettingKey: (p) => `Unknown key ${quote(p.key)}; known keys: ${list(p.known)}`,
  valueWithoutKey: () => 'Value without a key',
  duplicateSettingKey: (p) => `The key "${p.key}" is also in row ${p.firstRow}`,
  periodReversed: (p) => `Periode fra (${p.from}) is after Periode til (${p.to})`,
  periodTooLong: (p) =>
    `The period from ${p.from} to ${p.to} is over ${p.max / 12} years; check Startdato and Periode fra for wrong years`,
  baseNotBeforeDeadline: (p) => `Basismåned (${p.base}) must be before Deadline (${p.deadline})`,
  badBand: (p) => `${quote(p.value)} is not a caseload range; write e.g. 40-50`,
  badDays: (p) => `${quote(p.value)} must be a whole number (1 or more)`,
  badAmount: (p) => `${quote(p.value)} is not an amount in kroner`,
  numeratorAboveDenominator: (p) =>
    `Numerator ${number(p.numerator, 'en')} is larger than denominator ${number(p.denominator, 'en')}; it can be at most the denominator`,
  duplicateIndicatorRow: (p) => `The same month, indicator, target group and team is already in row ${p.firstRow}`,
  indicatorWithoutTarget: (p) =>
    `The indicator ${quote(p.indicator)}${p.population ? ` for ${quote(p.population)}` : ''} has no target; write it in Indikatormål`,
  unknownIndicator: (p) =>
    `No indicator is called ${quote(p.indicator)}${p.population ? ` for ${quote(p.population)}` : ''}; known indicators: ${list(p.known)}`,
  packedEntryInvalid: (p) =>
    `change no. ${number(p.position, 'en')} (${quote(p.entry)}) cannot be read; each change is two characters (JK, JT, JL, J-, NK, NT, NL, N- or U-) and a Borger-ID, separated by semicolons` +
    (p.more > 0 ? ` (and ${number(p.more, 'en')} more changes in the cell cannot be read either)` : '') +
    '; the row is written by Fremdrift and must not be edited',
  packedCountMismatch: (p) =>
    `Antal is ${number(p.count, 'en')}, but Ændringer holds ${number(p.found, 'en')} changes; the cell may have been edited or cut short`,
  packedPartMissing: (p) =>
    `part ${number(p.part, 'en')} of ${p.month} is missing, so the reconciliation for ${p.month} and later months may lack citizens`,
  packedPartTwice: (p) => `part ${number(p.part, 'en')} of ${p.month} is already in row ${p.firstRow}`,
};

const CONSEQUENCES: Record<Locale, Record<IssueConsequence, string>> = {
  da: {
    rowSkipped: 'rækken er ikke talt med',
    valueIgnored: 'værdien er ignoreret',
    defaultUsed: 'standardværdien bruges',
    lastUsed: 'den sidste bruges',
    notCounted: 'det tæller ikke med',
    counted: 'rækken tælles med',
    periodDefaultUsed: 'begge er ignoreret, og rapporten går fra den tidligste Startdato til i dag',
    periodCut: 'rapporten viser kun de sidste 10 år',
    noMilestones: 'begge er ignoreret, så der er ingen milepæle',
    none: '',
  },
  en: {
    rowSkipped: 'the row is not counted',
    valueIgnored: 'the value is ignored',
    defaultUsed: 'the default is used',
    lastUsed: 'the last one is used',
    notCounted: 'it does not count',
    counted: 'the row is counted',
    periodDefaultUsed: 'both are ignored, and the report runs from the earliest start date to today',
    periodCut: 'the report shows only the last 10 years',
    noMilestones: 'both are ignored, so there are no milestones',
    none: '',
  },
};

/** A finding without its place: what is wrong, in words. */
export function findingText<C extends IssueCode>(code: C, params: IssueParams[C], locale: Locale = 'da'): string {
  const texts = (locale === 'en' ? EN : DA) as Texts;
  return (texts[code] as (p: IssueParams[C]) => string)(params);
}

/** The full message of an issue: what is wrong and what Fremdrift did about it. */
export function issueText(issue: DataIssue, locale: Locale = 'da'): string {
  const what = findingText(issue.code, issue.params, locale);
  const then = CONSEQUENCES[locale][issue.consequence];
  return then ? `${what}; ${then}` : what;
}

/** What Fremdrift did about an issue, in words ('' when nothing needs saying). */
export function consequenceText(consequence: IssueConsequence, locale: Locale = 'da'): string {
  return CONSEQUENCES[locale][consequence];
}

/** Every code has a text in every locale (checked by a test, so a new code cannot go unsaid). */
export const ISSUE_CODES_WITH_TEXT: readonly IssueCode[] = Object.keys(DA) as IssueCode[];
export const ISSUE_TEXTS_EN: readonly IssueCode[] = Object.keys(EN) as IssueCode[];
