// Intl formatters are costly to build (a 1,000-event timeline built one per row spent most of its
// render doing so): one per locale and currency, kept.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** Money is integer minor units in the API (docs/api.md); shown with the currency's two decimals. */
export function money(
  amountMinor: number | null | undefined,
  currency: string,
  locale: string,
): string {
  if (amountMinor === null || amountMinor === undefined) return '—';
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    moneyFormats.set(key, format);
  }
  return format.format(amountMinor / 100);
}

export function instant(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  let format = instantFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'UTC',
    });
    instantFormats.set(locale, format);
  }
  return `${format.format(new Date(iso))} UTC`;
}

/** Basis points (the API's ratios) as a percentage. */
export function percent(bps: number | null | undefined): string {
  if (bps === null || bps === undefined) return '—';
  return `${(bps / 100).toFixed(1)} %`;
}

export const shortId = (id: string | null | undefined): string => (id ? id.slice(-8) : '—');
