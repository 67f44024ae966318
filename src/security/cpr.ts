// Fremdrift holds local case numbers or pseudonyms, never CPR numbers. Any field that contains
// something shaped like a CPR number (DDMMYY-XXXX, or ten digits whose first six form a valid date)
// is refused.

const CPR_PATTERN = /(?<!\d)(\d{2})(\d{2})(\d{2})(-?)(\d{4})(?!\d)/g;

function isValidDayMonth(day: number, month: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without the century the year is unknown, so 29 February is always allowed.
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** True when the text contains a CPR-shaped number. */
export function containsCpr(text: string): boolean {
  CPR_PATTERN.lastIndex = 0;
  for (let m = CPR_PATTERN.exec(text); m; m = CPR_PATTERN.exec(text)) {
    if (isValidDayMonth(Number(m[1]), Number(m[2]))) return true;
  }
  return false;
}

export const CPR_MESSAGE =
  'ligner et CPR-nummer. Fremdrift må ikke indeholde CPR-numre; brug et lokalt sagsnummer eller et pseudonym';
