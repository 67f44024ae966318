import { CPR_MESSAGE, containsCpr } from '../../src/security/cpr';

describe('containsCpr', () => {
  test.each([
    '010190-1234',
    '0101901234',
    '311299-0001',
    '290200-4321', // 29 February: allowed without knowing the century
    '150575-1111',
    'Anna 010190-1234 Hansen',
    'id:0101901234;',
  ])('refuses a CPR-shaped number: %s', (text) => expect(containsCpr(text)).toBe(true));

  test.each([
    '12345678', // CVR, 8 digits
    '320125-1234', // day 32
    '001225-1234', // day 0
    '011325-1234', // month 13
    '310425-1234', // 31 April
    '300225-1234', // 30 February
    '010190-123', // too few digits at the end
    '01019012345', // eleven digits
    '2025-03-01', // ISO date
    '01-03-2025',
    'B-1234',
    '45717',
    '+45 12 34 56 78', // phone number
    '',
  ])('accepts other digit strings: %s', (text) => expect(containsCpr(text)).toBe(false));

  test('the explanation is Danish and says what to use instead', () => {
    expect(CPR_MESSAGE).toContain('CPR-nummer');
    expect(CPR_MESSAGE).toContain('lokalt sagsnummer eller et pseudonym');
  });

  test('repeated calls do not carry state between texts (global regex)', () => {
    expect(containsCpr('xx 010190-1234')).toBe(true);
    expect(containsCpr('010190-1234')).toBe(true);
    expect(containsCpr('320125-1234')).toBe(false);
  });
});
