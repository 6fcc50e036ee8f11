import { instant, money, percent, shortId } from './format';

describe('format', () => {
  it('shows minor units as money in the reader’s locale, the same formatter reused', () => {
    expect(money(12345, 'CNY', 'en-GB')).toBe('CN¥123.45');
    expect(money(12345, 'CNY', 'zh-CN')).toBe('¥123.45');
    expect(money(null, 'CNY', 'en-GB')).toBe('—');
    expect(money(99, 'EUR', 'en-GB')).toBe('€0.99');
  });

  it('shows instants in UTC, and ratios in basis points as percentages', () => {
    expect(instant('2026-03-02T09:00:00.000Z', 'en-GB')).toBe('2 Mar 2026, 09:00:00 UTC');
    expect(instant(null, 'en-GB')).toBe('—');
    expect(percent(8228)).toBe('82.3 %');
    expect(shortId('0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e')).toBe('2b3c4d5e');
  });
});
