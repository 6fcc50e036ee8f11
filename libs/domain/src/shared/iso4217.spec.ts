import { ISO_4217_CODES, isIso4217 } from './iso4217';

describe('ISO 4217 table', () => {
  it('holds every circulating currency ICU knows, but for the withdrawn HRK and the unit-less XDR and XSU', () => {
    const notMoney = new Set(['HRK', 'XDR', 'XSU']);
    const icu = Intl.supportedValuesOf('currency').filter((c) => !notMoney.has(c));
    expect(icu.length).toBeGreaterThan(150);
    expect(icu.filter((c) => !ISO_4217_CODES.has(c))).toEqual([]);
  });
  it('accepts CNY, EUR and USD, and refuses made-up, lower-case, test and metal codes', () => {
    expect(['CNY', 'EUR', 'USD'].every(isIso4217)).toBe(true);
    expect(['XYZ', 'cny', 'XTS', 'XXX', 'XAU', 'HRK', '', 42].some(isIso4217)).toBe(false);
  });
});
