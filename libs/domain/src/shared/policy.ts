import { refuse } from './errors';
import { addDays, isAfter, toEpochMs, type Instant } from './instant';

export type ProcurementMethod =
  'open' | 'invited' | 'competitive_negotiation' | 'direct_commission';
export const PROCUREMENT_METHODS: readonly ProcurementMethod[] = [
  'open',
  'invited',
  'competitive_negotiation',
  'direct_commission',
];

/** Qualification ratings of social organisations, lowest to highest (评估等级 1A..5A). */
export type Rating = '1A' | '2A' | '3A' | '4A' | '5A';
export const RATINGS: readonly Rating[] = ['1A', '2A', '3A', '4A', '5A'];

export function ratingAtLeast(rating: Rating, floor: Rating): boolean {
  return RATINGS.indexOf(rating) >= RATINGS.indexOf(floor);
}

/**
 * Every number a jurisdiction sets: periods, thresholds and limits differ by law, so they are
 * configuration (LEDGER_POLICY_FILE), not constants in code. Deciders receive the policy in force
 * with each command that needs it.
 */
export interface Policy {
  /** Shortest submission period, publication to deadline, per method. */
  readonly minSubmissionDays: Readonly<Record<ProcurementMethod, number>>;
  /** Fewest valid bids at opening for the tender to proceed, per method. */
  readonly minValidBids: Readonly<Record<ProcurementMethod, number>>;
  /** Lowest rating that may be commissioned directly. */
  readonly directCommissionRatingFloor: Rating;
  /** Cumulative contract value increase (percent of the signed value) beyond which a supervisor approves. */
  readonly amendmentThresholdPercent: number;
  /** Largest advance payment, percent of the contract value. */
  readonly advancePaymentCapPercent: number;
  /** Debarment length when the authority gives no end date, in days. */
  readonly defaultDebarmentDays: number;
  /** Days after acceptance within which the agency must pay (prompt payment). */
  readonly paymentDueDays: number;
  /** Share of spending to buy by competitive methods, percent (UK: 85). */
  readonly competitiveShareTargetPercent: number;
  /** Rejected milestones (or terminations for default) after which a debarment is proposed. */
  readonly failuresBeforeDebarmentProposal: number;
  /** A tender amendment within this many days of the deadline is "late": the deadline is extended. */
  readonly lateAmendmentWindowDays: number;
  /** Longest submission period, publication (or amendment) to deadline: a deadline in year 9999 is a typo, not a tender. */
  readonly maxSubmissionDays: number;
  /**
   * How far ahead of the acting instant any other date of a command may lie (milestone due dates,
   * debarment periods): the sane horizon of a plan. Indefinite debarment has its own flag.
   */
  readonly planningHorizonDays: number;
  /**
   * Days after an award during which the contract may not be signed and losing bidders may complain
   * (EU remedies directive 2007/66/EC: 10 days; ProZorro: 10), per method; 0: no standstill. A
   * fraction is a part of a day (a training or demo policy lets a standstill pass in seconds).
   */
  readonly standstillDays: Readonly<Record<ProcurementMethod, number>>;
  /** Questions about a tender are asked at least this many days before its deadline, so answers reach every bidder in time. */
  readonly clarificationCutoffDays: number;
  /**
   * Complaints about a tender's conditions are filed at least this many days before its deadline
   * (ProZorro: 4), so a remedy can still reach the bidders before they must bid.
   */
  readonly conditionsComplaintCutoffDays: number;
  /**
   * How long one day of the periods above lasts, in milliseconds: 86,400,000 in production. A
   * sandbox deployment (LEDGER_SANDBOX) shortens it so a whole procedure runs in minutes (ADR 0010).
   * Set by the deployment, never by a jurisdiction's policy file. The sanity bounds
   * (maxSubmissionDays, planningHorizonDays) stay calendar days: they catch typos in dates, not
   * procedure durations.
   */
  readonly dayMs: number;
}

/** A calendar day: the length of a policy day outside the sandbox. */
export const CALENDAR_DAY_MS = 86_400_000;

export const DEFAULT_POLICY: Policy = {
  minSubmissionDays: { open: 20, invited: 10, competitive_negotiation: 10, direct_commission: 0 },
  minValidBids: { open: 3, invited: 3, competitive_negotiation: 2, direct_commission: 1 },
  directCommissionRatingFloor: '3A',
  amendmentThresholdPercent: 10,
  advancePaymentCapPercent: 30,
  defaultDebarmentDays: 3 * 365,
  paymentDueDays: 30,
  competitiveShareTargetPercent: 85,
  failuresBeforeDebarmentProposal: 3,
  lateAmendmentWindowDays: 5,
  maxSubmissionDays: 365,
  planningHorizonDays: 20 * 365,
  // A direct commission names its supplier: there is no losing bidder to protect.
  standstillDays: { open: 10, invited: 10, competitive_negotiation: 10, direct_commission: 0 },
  clarificationCutoffDays: 3,
  conditionsComplaintCutoffDays: 4,
  dayMs: CALENDAR_DAY_MS,
};

function wholeInRange(value: unknown, name: string, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    refuse(
      'POLICY_INVALID',
      `Policy ${name} must be a whole number from ${min} to ${max}, got ${String(value)}`,
      {
        field: name,
      },
    );
  }
}

function daysInRange(value: unknown, name: string, max: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    refuse(
      'POLICY_INVALID',
      `Policy ${name} must be a number of days from 0 to ${max} (a fraction is a part of a day), got ${String(value)}`,
      { field: name },
    );
  }
}

/** Merges overrides onto the defaults and validates every number; throws POLICY_INVALID. */
export function makePolicy(overrides: Partial<Policy> = {}): Policy {
  const policy: Policy = {
    ...DEFAULT_POLICY,
    ...overrides,
    minSubmissionDays: { ...DEFAULT_POLICY.minSubmissionDays, ...overrides.minSubmissionDays },
    minValidBids: { ...DEFAULT_POLICY.minValidBids, ...overrides.minValidBids },
    standstillDays: { ...DEFAULT_POLICY.standstillDays, ...overrides.standstillDays },
  };
  for (const method of PROCUREMENT_METHODS) {
    wholeInRange(policy.minSubmissionDays[method], `minSubmissionDays.${method}`, 0, 365);
    wholeInRange(policy.minValidBids[method], `minValidBids.${method}`, 1, 100);
    daysInRange(policy.standstillDays[method], `standstillDays.${method}`, 365);
  }
  if (!RATINGS.includes(policy.directCommissionRatingFloor)) {
    refuse(
      'POLICY_INVALID',
      `Policy directCommissionRatingFloor must be one of ${RATINGS.join(', ')}`,
      {
        field: 'directCommissionRatingFloor',
      },
    );
  }
  wholeInRange(policy.amendmentThresholdPercent, 'amendmentThresholdPercent', 0, 100);
  wholeInRange(policy.advancePaymentCapPercent, 'advancePaymentCapPercent', 0, 100);
  wholeInRange(policy.defaultDebarmentDays, 'defaultDebarmentDays', 1, 36_500);
  wholeInRange(policy.paymentDueDays, 'paymentDueDays', 1, 365);
  wholeInRange(policy.competitiveShareTargetPercent, 'competitiveShareTargetPercent', 0, 100);
  wholeInRange(policy.failuresBeforeDebarmentProposal, 'failuresBeforeDebarmentProposal', 1, 100);
  wholeInRange(policy.lateAmendmentWindowDays, 'lateAmendmentWindowDays', 0, 365);
  wholeInRange(policy.maxSubmissionDays, 'maxSubmissionDays', 1, 3650);
  wholeInRange(policy.planningHorizonDays, 'planningHorizonDays', 1, 36_500);
  wholeInRange(policy.clarificationCutoffDays, 'clarificationCutoffDays', 0, 365);
  wholeInRange(policy.conditionsComplaintCutoffDays, 'conditionsComplaintCutoffDays', 0, 365);
  // A second is the shortest day a person can still act within (sandbox: a day is a minute by default).
  wholeInRange(policy.dayMs, 'dayMs', 1_000, CALENDAR_DAY_MS);
  for (const method of PROCUREMENT_METHODS) {
    if (policy.minSubmissionDays[method] > policy.maxSubmissionDays) {
      refuse('POLICY_INVALID', `Policy minSubmissionDays.${method} exceeds maxSubmissionDays`, {
        field: 'maxSubmissionDays',
      });
    }
  }
  return policy;
}

/** `at` plus `days` policy days (a policy period: submission, standstill, cut-off, payment, debarment). */
export function addPolicyDays(at: Instant, days: number, policy: Pick<Policy, 'dayMs'>): Instant {
  return new Date(toEpochMs(at) + days * policy.dayMs).toISOString();
}

/** Whole policy days from `from` to `to`, rounded down; calendar days outside the sandbox. */
export function policyDaysBetween(
  from: Instant,
  to: Instant,
  policy: Pick<Policy, 'dayMs'>,
): number {
  return Math.floor((toEpochMs(to) - toEpochMs(from)) / policy.dayMs);
}

/**
 * The sane horizon (policy.planningHorizonDays): refuses INSTANT_BEYOND_HORIZON when `value` lies
 * further ahead of the acting instant `at` than a plan can. Both are canonical instants already.
 */
export function assertWithinHorizon(
  value: Instant,
  at: Instant,
  policy: Policy,
  field: string,
): Instant {
  if (isAfter(value, addDays(at, policy.planningHorizonDays))) {
    refuse(
      'INSTANT_BEYOND_HORIZON',
      `${field} lies more than ${policy.planningHorizonDays} days ahead`,
      {
        field,
        planningHorizonDays: policy.planningHorizonDays,
      },
    );
  }
  return value;
}
