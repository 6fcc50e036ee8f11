import type { Actor, Role } from './actor';

/**
 * How a role's permission is bounded by the resource it touches (docs/api.md "Authentication and
 * roles"; the generated docs/role-matrix.md lists every permission):
 * - `any`: the role may act on every resource of the kind (supervisor, auditor, market-wide acts);
 * - `own-agency`: only on resources of the actor's agency (officers, finance officers);
 * - `own-supplier`: only on resources of the actor's organisation (suppliers);
 * - `assigned`: only where the actor is an assigned evaluator of the tender or contract.
 */
export type ScopeRule = 'any' | 'own-agency' | 'own-supplier' | 'assigned';

export interface PermissionRule {
  /** No token needed: what the law makes public (published tenders, awards, the blacklist). */
  readonly public?: true;
  /** Roles not listed are refused whatever the resource. */
  readonly roles: Readonly<Partial<Record<Role, ScopeRule>>>;
}

const officer = { agency_officer: 'own-agency' } as const;
const oversight = { supervisor: 'any', auditor: 'any' } as const;

/**
 * The one authorisation table: every route names one of these permissions (`@Permission(name)` in
 * apps/api) and nothing else decides who may call it. Keys are `<resource>.<action>`.
 */
export const POLICY = {
  // Suppliers
  'supplier.register': { roles: { supplier: 'own-supplier' } },
  'supplier.assess-qualification': { roles: { supervisor: 'any' } },
  'supplier.propose-debarment': { roles: { agency_officer: 'any', supervisor: 'any' } },
  'supplier.debar': { roles: { supervisor: 'any' } },
  'supplier.lift-debarment': { roles: { supervisor: 'any' } },
  'supplier.publish-notice': { roles: { supervisor: 'any' } },
  'supplier.place-under-monitoring': { roles: { supervisor: 'any' } },
  'supplier.end-monitoring': { roles: { supervisor: 'any' } },
  'supplier.correct-debarment': { roles: { supervisor: 'any' } },
  'supplier.read': {
    roles: {
      supplier: 'own-supplier',
      agency_officer: 'any',
      finance_officer: 'any',
      evaluator: 'any',
      ...oversight,
    },
  },
  'blacklist.read': { public: true, roles: {} },
  'blacklist-history.read': { roles: oversight },

  // Budget lines
  'budget-line.open': { roles: { finance_officer: 'own-agency' } },
  'budget-line.adjust': { roles: { finance_officer: 'own-agency' } },
  'budget-line.read': {
    roles: { finance_officer: 'own-agency', agency_officer: 'own-agency', ...oversight },
  },
  'budget-execution.read': { roles: { finance_officer: 'own-agency', ...oversight } },

  // Tenders
  'tender.draft': { roles: officer },
  'tender.publish': { roles: officer },
  'tender.amend': { roles: officer },
  'tender.cancel': { roles: officer },
  'tender.assign-evaluator': { roles: officer },
  'tender.open-bids': { roles: officer },
  'tender.award': { roles: officer },
  // Complaints (against the conditions before the deadline, against the award during its standstill): a supplier files, the review body decides.
  'tender.file-complaint': { roles: { supplier: 'own-supplier' } },
  'tender.decide-complaint': { roles: { review_body: 'any' } },
  // Clarifications: a supplier asks (anonymous in public), the buying agency answers.
  'tender.ask-question': { roles: { supplier: 'own-supplier' } },
  'tender.answer-question': { roles: officer },
  'tender.read': {
    roles: {
      agency_officer: 'own-agency',
      evaluator: 'assigned',
      review_body: 'any',
      ...oversight,
    },
  },
  'tender.read-public': { public: true, roles: {} },

  // Bids (inside their tender); sealed contents are a view rule, not a permission.
  'bid.submit': { roles: { supplier: 'own-supplier' } },
  'bid.withdraw': { roles: { supplier: 'own-supplier' } },
  'bid.confirm': { roles: { supplier: 'own-supplier' } },
  'bid.disqualify': { roles: officer },
  'bid.declare-conflict': { roles: { evaluator: 'assigned' } },
  'bid.score': { roles: { evaluator: 'assigned' } },
  'bid.read': {
    roles: {
      supplier: 'own-supplier',
      agency_officer: 'own-agency',
      evaluator: 'assigned',
      ...oversight,
    },
  },

  // Contracts
  'contract.sign': { roles: officer },
  'contract.amend': { roles: officer },
  'contract.approve-amendment': { roles: { supervisor: 'any' } },
  'contract.assign-evaluator': { roles: officer },
  'contract.suspend': { roles: officer },
  'contract.resume': { roles: officer },
  'contract.terminate': { roles: officer },
  'contract.complete': { roles: officer },
  'contract.report-delivery': { roles: { supplier: 'own-supplier' } },
  'contract.evaluate-milestone': { roles: { evaluator: 'assigned' } },
  'contract.disburse': { roles: { finance_officer: 'own-agency' } },
  'contract.read': {
    roles: {
      agency_officer: 'own-agency',
      finance_officer: 'own-agency',
      supplier: 'own-supplier',
      evaluator: 'assigned',
      ...oversight,
    },
  },
  'contract.read-public': { public: true, roles: {} },

  // Oversight and open data
  'accountability.read': { roles: oversight },
  'red-flags.read': { roles: oversight },
  'audit.read': { roles: oversight },
  // Public; the view depends on the role: auditors get the full log, everyone else a history without sealed and personal data.
  'tender-history.read': { public: true, roles: {} },
  'events.read': { roles: { auditor: 'any' } },
  // The event feed (SSE): open to all, each caller sees its own slice (FeedAudience in libs/application).
  'event-feed.read': { public: true, roles: {} },
  'integrity.verify': { roles: { auditor: 'any' } },
  'ocds.read': { public: true, roles: {} },
  // Signing a checkpoint now instead of at the cadence (docs/transparency-log.md); reading the log is public infrastructure under /log.
  // The supervisor's: an auditor only reads (the test of this table holds that), and a checkpoint is stored.
  'transparency.checkpoint': { roles: { supervisor: 'any' } },
  // Audit bundles carry events exactly as hashed, sealed bids included (ADR 0006): the auditor's alone.
  'audit-export.read': { roles: { auditor: 'any' } },
} as const satisfies Readonly<Record<string, PermissionRule>>;

export type Permission = keyof typeof POLICY;

export const PERMISSIONS = Object.keys(POLICY) as readonly Permission[];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(POLICY, value);
}

export function ruleOf(permission: Permission): PermissionRule {
  return POLICY[permission];
}

/** What the resource is, as far as the scope rules care; read from its stream at command time. */
export interface ResourceFacts {
  readonly agencyId?: string;
  readonly supplierId?: string;
  /** Actor ids (token `sub`) of the evaluators assigned to the tender or contract. */
  readonly assignedEvaluatorIds?: readonly string[];
}

export type Decision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

/**
 * Whether the actor's role may call the permission at all, before the resource is known: what the
 * HTTP guard checks on every request. An allowed answer may still be narrowed by `authorize`.
 */
export function mayAttempt(actor: Actor | undefined, permission: Permission): Decision {
  const rule = ruleOf(permission);
  if (rule.public) return ALLOW;
  if (actor === undefined) return deny('authentication required');
  if (rule.roles[actor.role] === undefined) return deny(`role ${actor.role} may not ${permission}`);
  return ALLOW;
}

/** The scope rule that bounds the actor for this permission; undefined when the role is refused. */
export function scopeRuleFor(role: Role, permission: Permission): ScopeRule | undefined {
  return ruleOf(permission).roles[role];
}

/**
 * The full decision once the resource is known. A fact the rule needs but the caller did not give
 * denies: a missing fact must never widen access.
 */
export function authorize(
  actor: Actor | undefined,
  permission: Permission,
  facts: ResourceFacts,
): Decision {
  const attempt = mayAttempt(actor, permission);
  if (!attempt.allowed || actor === undefined) return attempt;
  const scope = scopeRuleFor(actor.role, permission);
  switch (scope) {
    case undefined:
      // mayAttempt allowed a public permission for a role with no rule of its own: public data.
      return ALLOW;
    case 'any':
      return ALLOW;
    case 'own-agency':
      if (facts.agencyId === undefined)
        return deny(`${permission}: the resource's agency is unknown`);
      return facts.agencyId === actor.agencyId
        ? ALLOW
        : deny(`${actor.role} acts only for agency ${actor.agencyId ?? '(none)'}`);
    case 'own-supplier':
      if (facts.supplierId === undefined)
        return deny(`${permission}: the resource's supplier is unknown`);
      return facts.supplierId === actor.supplierId
        ? ALLOW
        : deny(`supplier acts only for itself (${actor.supplierId ?? '(none)'})`);
    case 'assigned':
      if (facts.assignedEvaluatorIds === undefined)
        return deny(`${permission}: the resource's evaluators are unknown`);
      return facts.assignedEvaluatorIds.includes(actor.id)
        ? ALLOW
        : deny('evaluator is not assigned to this resource');
  }
}

/** Refusal of `authorize`; the API answers 403 FORBIDDEN with the reason as detail. */
export class AccessDeniedError extends Error {
  readonly code = 'FORBIDDEN';
  constructor(
    readonly permission: Permission,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'AccessDeniedError';
  }
}

/** `authorize` for handlers: returns when allowed, throws AccessDeniedError otherwise. */
export function assertAuthorized(
  actor: Actor | undefined,
  permission: Permission,
  facts: ResourceFacts,
): void {
  const decision = authorize(actor, permission, facts);
  if (!decision.allowed) throw new AccessDeniedError(permission, decision.reason);
}
