// The near-duplicate name check behind the picklists: folding, the one-edit test against a plain
// Levenshtein distance, and which existing names a typed name is flagged against.
import fc from 'fast-check';
import { foldName, similarNames, withinOneEdit } from '../../src/domain/nearNames';

/** Reference: the textbook dynamic-programming edit distance. */
function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = y.map((_, j) => j + 1);
  prev.unshift(0);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'æ', 'ø', ' ', 'N'), maxLength: 8 });

describe('near-duplicate names', () => {
  it('withinOneEdit agrees with the Levenshtein distance', () => {
    fc.assert(fc.property(letters, letters, (a, b) => withinOneEdit(a, b) === levenshtein(a, b) <= 1));
  });

  it('one edit of a name is always within one edit, and the test is symmetric', () => {
    fc.assert(
      fc.property(letters, fc.nat(9), fc.constantFrom('x', 'ø', ''), (a, at, ch) => {
        const i = Math.min(at, a.length);
        const edited = a.slice(0, i) + ch + a.slice(i + 1);
        return withinOneEdit(a, edited) && withinOneEdit(edited, a);
      }),
    );
  });

  it('folding ignores case and spaces only', () => {
    expect(foldName('  Team   Nord ')).toBe('teamnord');
    expect(foldName('ANNE SØRENSEN')).toBe('annesørensen');
    fc.assert(fc.property(letters, (a) => foldName(a) === foldName(a.toUpperCase().replace(/ /g, '  '))));
  });

  it('flags case, spacing and one-letter variants, never the exact name or a distant one', () => {
    const teams = ['Team Nord', 'Team Syd', 'Jobteam Øst'];
    expect(similarNames('Tem Nord', teams)).toEqual(['Team Nord']);
    expect(similarNames('team nord', teams)).toEqual(['Team Nord']);
    expect(similarNames('TeamNord', teams)).toEqual(['Team Nord']);
    expect(similarNames('Team Nord', teams)).toEqual([]);
    expect(similarNames('Team Vest', teams)).toEqual([]);
    expect(similarNames('', teams)).toEqual([]);
    expect(similarNames('Team Sydd', teams)).toEqual(['Team Syd']);
  });

  it('an existing name is never flagged; a flagged name is within one edit of what it is flagged against', () => {
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 5 }), letters, (existing, typed) => {
        const flagged = similarNames(typed, existing);
        if (existing.includes(typed.trim())) return flagged.length === 0;
        return flagged.every((e) => levenshtein(foldName(typed), foldName(e)) <= 1);
      }),
    );
  });
});
