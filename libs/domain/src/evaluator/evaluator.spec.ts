import { fold } from '../shared/decider';
import { deciderSpec } from '../testing';
import {
  evaluatorDecider,
  evaluatorStream,
  registeredConflictSupplierIds,
  type EvaluatorCommand,
  type EvaluatorEvent,
} from './evaluator';

const spec = deciderSpec(evaluatorDecider);
const u = (tail: string) => `0190e000-0000-7000-8000-${tail.padStart(12, '0')}`;
const evaluatorId = u('e1');
const [supplierW, supplierX] = [u('5a'), u('5b')];
const [tender1, tender2] = [u('71'), u('72')];
const T1 = '2026-04-05T09:00:00.000Z';
const T2 = '2026-05-05T09:00:00.000Z';

const register = (over: Partial<EvaluatorCommand['data']> = {}): EvaluatorCommand => ({
  type: 'RegisterConflictOfInterest',
  data: { evaluatorId, supplierId: supplierW, tenderId: tender1, at: T1, ...over },
});
const registered = (over: Partial<EvaluatorEvent['data']> = {}): EvaluatorEvent => ({
  type: 'ConflictOfInterestRegistered',
  data: { evaluatorId, supplierId: supplierW, tenderId: tender1, declaredAt: T1, ...over },
});

describe('evaluator register', () => {
  it('names the stream evaluator-<id>', () =>
    expect(evaluatorStream(evaluatorId)).toBe(`evaluator-${evaluatorId}`));
});

describe('RegisterConflictOfInterest', () => {
  it('registers a conflict the evaluator declared with a supplier on a tender', () =>
    void spec.given([]).when(register()).then([registered()]));
  it('a declaration on another tender registers nothing more: one entry per evaluator and supplier', () =>
    void spec
      .given([registered()])
      .when(register({ tenderId: tender2, at: T2 }))
      .thenNothingHappened());
  it('registering again records nothing (idempotent)', () =>
    void spec.given([registered()]).when(register()).thenNothingHappened());
  it('a conflict with another supplier is registered beside the first', () =>
    void spec
      .given([registered()])
      .when(register({ supplierId: supplierX, tenderId: tender2, at: T2 }))
      .then([registered({ supplierId: supplierX, tenderId: tender2, declaredAt: T2 })]));
  it('refuses a supplier id that is not a UUID: ID_INVALID', () =>
    void spec
      .given([])
      .when(register({ supplierId: 'W' }))
      .thenThrows('ID_INVALID'));
  it('refuses an acting instant that is not ISO-8601 UTC: INSTANT_INVALID', () =>
    void spec
      .given([])
      .when(register({ at: '5 April' }))
      .thenThrows('INSTANT_INVALID'));
  it('the register lists every supplier the evaluator is conflicted with, whatever the tender', () =>
    expect(
      registeredConflictSupplierIds(
        fold(evaluatorDecider, [
          registered(),
          registered({ supplierId: supplierX, tenderId: tender2, declaredAt: T2 }),
          registered({ tenderId: tender2, declaredAt: T2 }),
        ]),
      ),
    ).toEqual([supplierW, supplierX]));
});
