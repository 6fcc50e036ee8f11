/** Money is integer minor units in the API (docs/api.md); shown with the currency's two decimals. */
export function money(
  amountMinor: number | null | undefined,
  currency: string,
  locale: string,
): string {
  if (amountMinor === null || amountMinor === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 100);
}

export function instant(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  return (
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'UTC',
    }).format(new Date(iso)) + ' UTC'
  );
}

/** Basis points (the API's ratios) as a percentage. */
export function percent(bps: number | null | undefined): string {
  if (bps === null || bps === undefined) return '—';
  return `${(bps / 100).toFixed(1)} %`;
}

export const shortId = (id: string | null | undefined): string => (id ? id.slice(-8) : '—');
