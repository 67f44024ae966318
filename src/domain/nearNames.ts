// Names typed into picklist fields (Team, Sagsbehandler, Virksomhedskonsulent, Virksomhed) are compared
// with the names already in the workbook: "Tem Nord", "team nord" or "TeamNord" next to "Team Nord" is
// most likely a typo that would create a phantom team or person. Pure; the pane asks for confirmation.

/** Lower case (Danish), NFC, every whitespace run removed: "Team  Nord" and "teamnord" fold alike. */
export function foldName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('da').replace(/\s+/g, '');
}

/** True when a and b differ by at most one insertion, deletion or substitution (Levenshtein ≤ 1). */
export function withinOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return x.length - i - j <= 1 && y.length - i - j <= 1;
}

/**
 * The existing names a new name is suspiciously close to: equal after folding (case, spaces) or one letter
 * apart, but not the very same text. Empty when the name is one of the existing names or none is close.
 */
export function similarNames(name: string, existing: readonly string[]): string[] {
  const typed = name.trim();
  if (typed === '' || existing.includes(typed)) return [];
  const key = foldName(typed);
  return existing.filter((e) => e.trim() !== '' && withinOneEdit(key, foldName(e)));
}
