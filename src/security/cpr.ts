// Fremdrift holds local case numbers or pseudonyms, never CPR numbers. This is the ONE detector every
// path that stores or renders text uses (cell parsing for typed entry, forms and import, --map-value and
// value mappings, Indstillinger, every output sheet): a date (DDMMYY, or DD MM YYYY written with
// separators) followed by four digits, in any common spelling ("150190-1234", "150190–1234",
// "15.01.90-1234", "1501 90 1234", "CPR: 150190 - 1234", "0101901234"), with a valid day and month.
//
// Separators may stand only where a person splits a CPR number: between day, month and year, and
// between the date and the four digits. A split elsewhere ("2012-001234", a case number) is not a CPR
// number, and a split between the date parts requires one before the four digits too.

/** One separator: optional spaces around at most one dot, slash, hyphen, en/em dash or minus sign. */
const SEP = '[\\s\\u00a0\\u2009\\u202f]*[-./\\u2010-\\u2015\\u2212]?[\\s\\u00a0\\u2009\\u202f]*';

/** DDMMYY + four digits, each gap a possibly empty separator (which gaps may be empty is checked below). */
const SHORT_YEAR = new RegExp(`(?<!\\d)(\\d{2})(${SEP})(\\d{2})(${SEP})(\\d{2})(${SEP})(\\d{4})(?!\\d)`, 'g');
/** DD MM YYYY + four digits: a written-out date (every gap a separator) followed by four digits. */
const LONG_YEAR = new RegExp(`(?<!\\d)(\\d{2})(${SEP})(\\d{2})(${SEP})(\\d{4})(${SEP})(\\d{4})(?!\\d)`, 'g');

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDayMonth(day: number, month: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without the century the year is unknown, so 29 February is always allowed.
  return day <= DAYS_IN_MONTH[month - 1];
}

/** Every match of a pattern, including overlapping ones (the next try starts one character later). */
function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    yield m;
    pattern.lastIndex = m.index + 1;
  }
}

function shortYearCpr(text: string): boolean {
  for (const m of matches(SHORT_YEAR, text)) {
    const [, day, dayGap, month, monthGap, , yearGap] = m;
    // Split between the date parts only when the date is also split from the four digits.
    const splitsDate = dayGap !== '' || monthGap !== '';
    if (splitsDate && yearGap === '') continue;
    if (isValidDayMonth(Number(day), Number(month))) return true;
  }
  return false;
}

function longYearCpr(text: string): boolean {
  for (const m of matches(LONG_YEAR, text)) {
    const [, day, dayGap, month, monthGap, , yearGap] = m;
    if (dayGap === '' || monthGap === '' || yearGap === '') continue;
    if (isValidDayMonth(Number(day), Number(month))) return true;
  }
  return false;
}

/** True when the text contains a CPR-shaped number in any of the spellings above. */
export function containsCpr(text: string): boolean {
  return shortYearCpr(text) || longYearCpr(text);
}

/**
 * A CPR number in a cell of any type. A number cell holding a ten-digit CPR loses its leading zero
 * (0101901234 becomes 101901234), so a nine-digit number is also tested padded back to ten digits.
 */
export function looksLikeCpr(value: unknown): boolean {
  if (typeof value === 'string') return containsCpr(value);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1e8) {
    const digits = String(value);
    return containsCpr(digits) || (digits.length === 9 && containsCpr(digits.padStart(10, '0')));
  }
  return false;
}

export const CPR_MESSAGE =
  'ligner et CPR-nummer. Fremdrift må ikke indeholde CPR-numre; brug et lokalt sagsnummer eller et pseudonym';

/** What an output sheet shows instead of a cell that looks like a CPR number. */
export const CPR_MARKER = '[skjult: ligner et CPR-nummer]';
