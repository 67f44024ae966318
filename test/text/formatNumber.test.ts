// formatNumber keeps one Intl.NumberFormat per locale and skips it for small whole numbers (issue 26's
// profile): the text must stay exactly what toLocaleString gives, for any number, in both languages.
import fc from 'fast-check';
import { formatKroner, formatNumber } from '../../src/text/format';

const TAGS = { da: 'da-DK', en: 'en-GB' } as const;

test.each(['da', 'en'] as const)('formatNumber(%s) equals toLocaleString with one decimal', (locale) => {
  fc.assert(
    fc.property(
      fc.oneof(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.double({ min: -1e7, max: 1e7, noNaN: true })),
      (n) => {
        expect(formatNumber(n, locale)).toBe(n.toLocaleString(TAGS[locale], { maximumFractionDigits: 1 }));
      },
    ),
    { numRuns: 500 },
  );
});

test('kroner keep two decimals and the Danish thousands dot', () => {
  expect(formatKroner(1_250_000.5, 'da')).toBe('1.250.000,5 kr.');
  expect(formatKroner(1_250_000, 'en')).toBe('DKK 1,250,000');
});
