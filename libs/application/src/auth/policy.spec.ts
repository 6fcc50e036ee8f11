import { ROLES, type Actor, type Role } from './actor';
import {
  AccessDeniedError,
  assertAuthorized,
  authorize,
  mayAttempt,
  PERMISSIONS,
  POLICY,
  type Permission,
  type ResourceFacts,
} from './policy';

const officerA: Actor = { id: 'u-officer', role: 'agency_officer', agencyId: 'agency-a' };
const financeA: Actor = { id: 'u-finance', role: 'finance_officer', agencyId: 'agency-a' };
const supplierS: Actor = { id: 'u-supplier', role: 'supplier', supplierId: 'sup-s' };
const evaluatorE: Actor = { id: 'u-evaluator', role: 'evaluator' };
const supervisor: Actor = { id: 'u-supervisor', role: 'supervisor' };
const auditor: Actor = { id: 'u-auditor', role: 'auditor' };

const ownFacts: ResourceFacts = {
  agencyId: 'agency-a',
  supplierId: 'sup-s',
  assignedEvaluatorIds: ['u-evaluator'],
};
const otherFacts: ResourceFacts = {
  agencyId: 'agency-b',
  supplierId: 'sup-t',
  assignedEvaluatorIds: ['u-someone-else'],
};

describe('the policy table', () => {
  it('names every permission as <resource>.<action>', () => {
    for (const permission of PERMISSIONS) expect(permission).toMatch(/^[a-z-]+\.[a-z-]+$/);
  });

  it('gives every non-public permission at least one role, and public ones none of their own', () => {
    for (const permission of PERMISSIONS) {
      const rule = POLICY[permission] as { public?: true; roles: object };
      if (rule.public) expect(Object.keys(rule.roles)).toEqual([]);
      else expect(Object.keys(rule.roles).length).toBeGreaterThan(0);
    }
  });

  it('keeps the write side of tenders and contracts with the agency officer alone', () => {
    const officerOnly: Permission[] = [
      'tender.draft',
      'tender.publish',
      'tender.amend',
      'tender.cancel',
      'tender.open-bids',
      'tender.award',
      'contract.sign',
      'contract.amend',
    ];
    for (const permission of officerOnly) {
      const allowed = ROLES.filter(
        (role) =>
          mayAttempt({ id: 'x', role, agencyId: 'a', supplierId: 's' } as Actor, permission)
            .allowed,
      );
      expect([permission, allowed]).toEqual([permission, ['agency_officer']]);
    }
  });

  it('lets the auditor only read', () => {
    const writes = PERMISSIONS.filter((p) => !/\.(read|read-public|verify)$/.test(p));
    for (const permission of writes)
      expect([permission, mayAttempt(auditor, permission).allowed]).toEqual([permission, false]);
  });
});

describe('authorize', () => {
  const cases: ReadonlyArray<[string, Actor, Permission, ResourceFacts, boolean]> = [
    ["an officer publishes its own agency's tender", officerA, 'tender.publish', ownFacts, true],
    [
      "an officer may not publish another agency's tender",
      officerA,
      'tender.publish',
      otherFacts,
      false,
    ],
    ['a supplier submits its own bid', supplierS, 'bid.submit', ownFacts, true],
    ['a supplier may not bid on behalf of another', supplierS, 'bid.submit', otherFacts, false],
    ['an assigned evaluator scores', evaluatorE, 'bid.score', ownFacts, true],
    ['an evaluator not assigned may not score', evaluatorE, 'bid.score', otherFacts, false],
    ['a finance officer disburses for its agency', financeA, 'contract.disburse', ownFacts, true],
    [
      'a finance officer may not disburse for another agency',
      financeA,
      'contract.disburse',
      otherFacts,
      false,
    ],
    ['a finance officer may not publish a tender', financeA, 'tender.publish', ownFacts, false],
    ['a supervisor debars any supplier', supervisor, 'supplier.debar', otherFacts, true],
    ['a supervisor may not sign contracts', supervisor, 'contract.sign', ownFacts, false],
    ['an auditor reads any contract', auditor, 'contract.read', otherFacts, true],
    ['a supplier reads its own contract', supplierS, 'contract.read', ownFacts, true],
    [
      "a supplier may not read another supplier's contract",
      supplierS,
      'contract.read',
      otherFacts,
      false,
    ],
  ];
  it.each(cases)('%s', (_name, actor, permission, facts, allowed) => {
    expect(authorize(actor, permission, facts).allowed).toBe(allowed);
  });

  it('lets anybody, with a token or without, read public data', () => {
    expect(authorize(undefined, 'tender.read-public', {}).allowed).toBe(true);
    expect(authorize(supplierS, 'ocds.read', {}).allowed).toBe(true);
  });

  it('refuses an anonymous caller everything else', () => {
    for (const permission of PERMISSIONS.filter((p) => !(POLICY[p] as { public?: true }).public)) {
      expect(authorize(undefined, permission, ownFacts)).toEqual({
        allowed: false,
        reason: 'authentication required',
      });
    }
  });

  it('denies when the fact a scope rule needs is missing: a missing fact never widens access', () => {
    expect(authorize(officerA, 'tender.publish', {})).toEqual({
      allowed: false,
      reason: "tender.publish: the resource's agency is unknown",
    });
    expect(authorize(supplierS, 'bid.submit', { agencyId: 'agency-a' }).allowed).toBe(false);
    expect(authorize(evaluatorE, 'bid.score', { agencyId: 'agency-a' }).allowed).toBe(false);
  });

  it('explains a refusal', () => {
    expect(authorize(officerA, 'tender.publish', otherFacts)).toEqual({
      allowed: false,
      reason: 'agency_officer acts only for agency agency-a',
    });
    expect(authorize(evaluatorE, 'tender.publish', ownFacts)).toEqual({
      allowed: false,
      reason: 'role evaluator may not tender.publish',
    });
  });

  it('assertAuthorized throws AccessDeniedError with code FORBIDDEN', () => {
    expect(() => assertAuthorized(officerA, 'tender.publish', ownFacts)).not.toThrow();
    const thrown = (() => {
      try {
        assertAuthorized(officerA, 'tender.publish', otherFacts);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(AccessDeniedError);
    expect(thrown).toMatchObject({ code: 'FORBIDDEN', permission: 'tender.publish' });
  });

  it('answers for every permission x role combination without throwing (what the route matrix enumerates)', () => {
    for (const permission of PERMISSIONS) {
      for (const role of ROLES as readonly Role[]) {
        const decision = authorize({ id: 'x', role }, permission, ownFacts);
        expect(typeof decision.allowed).toBe('boolean');
      }
    }
  });
});
