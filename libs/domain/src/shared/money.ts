import { refuse } from './errors';
import { isIso4217 } from './iso4217';

/** Integer minor units of an ISO 4217 currency. Never a float. */
export interface Money {
  readonly amountMinor: number;
  readonly currency: string;
}

export function money(amountMinor: number, currency: string): Money {
  if (!Number.isSafeInteger(amountMinor)) {
    refuse('MONEY_NOT_INTEGER', `Amount must be a whole number of minor units, got ${amountMinor}`);
  }
  if (!isIso4217(currency))
    refuse('MONEY_BAD_CURRENCY', `Currency must be an ISO 4217 code, got ${currency}`);
  return { amountMinor, currency };
}

/** Validates a Money that arrived in a command: a safe integer, non-negative, ISO currency. */
export function assertMoney(value: Money, field: string): Money {
  if (
    value === null ||
    typeof value !== 'object' ||
    !Number.isSafeInteger(value.amountMinor) ||
    typeof value.currency !== 'string'
  ) {
    refuse('MONEY_INVALID', `${field} must be { amountMinor: integer, currency: ISO 4217 }`, {
      field,
    });
  }
  if (!isIso4217(value.currency)) {
    refuse(
      'MONEY_CURRENCY_UNKNOWN',
      `${field}.currency ${value.currency} is not an ISO 4217 currency code`,
      { field },
    );
  }
  if (value.amountMinor < 0) refuse('MONEY_NEGATIVE', `${field} must not be negative`, { field });
  return value;
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    refuse('CURRENCY_MISMATCH', `Cannot combine ${a.currency} with ${b.currency}`);
  }
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amountMinor - b.amountMinor, a.currency);
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amountMinor < b.amountMinor ? -1 : a.amountMinor > b.amountMinor ? 1 : 0;
}

export function zero(currency: string): Money {
  return money(0, currency);
}

export function sum(values: readonly Money[], currency: string): Money {
  return values.reduce(add, zero(currency));
}

/**
 * `amount * numerator / denominator`, rounded down to a whole minor unit: a share never pays out
 * more than its fraction. Uses BigInt so large amounts stay exact.
 */
export function share(amount: Money, numerator: number, denominator: number): Money {
  if (
    !Number.isSafeInteger(numerator) ||
    !Number.isSafeInteger(denominator) ||
    denominator <= 0 ||
    numerator < 0
  ) {
    refuse(
      'MONEY_BAD_SHARE',
      `Share ${numerator}/${denominator} is not a non-negative integer ratio`,
    );
  }
  const scaled = (BigInt(amount.amountMinor) * BigInt(numerator)) / BigInt(denominator);
  return money(Number(scaled), amount.currency);
}
