/**
 * Who is calling, as the API knows it after authentication. Roles and scopes are those of
 * the procurement domain (docs/api.md "Authentication and roles"); `public` is the caller without a token.
 */
/** review_body: the independent body that decides complaints about tenders (EU remedies directive 2007/66/EC). */
export const ROLES = [
  'agency_officer',
  'supplier',
  'evaluator',
  'finance_officer',
  'supervisor',
  'auditor',
  'review_body',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The roles whose every action is bound to one organisation, and the claim that names it. */
export const SCOPED_ROLES: Readonly<Partial<Record<Role, 'agencyId' | 'supplierId'>>> = {
  agency_officer: 'agencyId',
  finance_officer: 'agencyId',
  supplier: 'supplierId',
};

/**
 * Roles that may name the agency they work for without being bound to it: an evaluator's token may
 * carry `agencyId` (its employer), so the rules can refuse it on that agency's own tenders and
 * contracts (EVALUATOR_IS_BUYER). It never widens access: evaluators act where they are assigned.
 */
export const AFFILIATED_ROLES: ReadonlySet<Role> = new Set<Role>(['evaluator']);

export interface Actor {
  /** The token's `sub`: a person or system account, recorded in every event it causes. */
  readonly id: string;
  readonly role: Role;
  readonly agencyId?: string;
  readonly supplierId?: string;
}

/** `agency:<id>` / `supplier:<id>` for scoped roles, undefined for global ones (EventMetadata.scope). */
export function scopeOf(actor: Actor): string | undefined {
  if (actor.agencyId !== undefined) return `agency:${actor.agencyId}`;
  if (actor.supplierId !== undefined) return `supplier:${actor.supplierId}`;
  return undefined;
}

const ID = /^[A-Za-z0-9._:@-]{1,128}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Actor ids (a token's `sub`) are UUIDs (docs/adr/0005-actor-ids-are-uuids.md): the domain records
 * them as signers and evaluators and validates them as it validates every other id.
 */
export function isActorId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export class InvalidClaimsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidClaimsError';
  }
}

/**
 * The actor a verified token stands for. A scoped role without its scope claim, or with the other
 * role's claim, is refused rather than guessed: a token that could act for "any agency" is a hole.
 */
export function actorFromClaims(claims: Readonly<Record<string, unknown>>): Actor {
  const { role } = claims;
  // UUIDs are case-insensitive (RFC 9562): one user, agency or supplier whatever case its
  // identity provider writes, compared and recorded in the ledger's lowercase form.
  const [sub, agencyId, supplierId] = [claims['sub'], claims['agencyId'], claims['supplierId']].map(
    (value) => (typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : value),
  );
  if (typeof sub !== 'string' || !ID.test(sub))
    throw new InvalidClaimsError('claim "sub" must be an id of 1-128 letters, digits or ._:@-');
  if (!isRole(role))
    throw new InvalidClaimsError(`claim "role" must be one of ${ROLES.join(', ')}`);
  const needed = SCOPED_ROLES[role];
  for (const [name, value] of [
    ['agencyId', agencyId],
    ['supplierId', supplierId],
  ] as const) {
    if (value === undefined) continue;
    const affiliation = name === 'agencyId' && AFFILIATED_ROLES.has(role);
    if (name !== needed && !affiliation)
      throw new InvalidClaimsError(`claim "${name}" is not allowed for role ${role}`);
    if (typeof value !== 'string' || !ID.test(value))
      throw new InvalidClaimsError(
        `claim "${name}" must be an id of 1-128 letters, digits or ._:@-`,
      );
  }
  if (needed === 'agencyId') {
    if (agencyId === undefined) throw new InvalidClaimsError(`role ${role} needs claim "agencyId"`);
    return { id: sub, role, agencyId: agencyId as string };
  }
  if (needed === 'supplierId') {
    if (supplierId === undefined)
      throw new InvalidClaimsError(`role ${role} needs claim "supplierId"`);
    return { id: sub, role, supplierId: supplierId as string };
  }
  if (typeof agencyId === 'string') return { id: sub, role, agencyId };
  return { id: sub, role };
}
