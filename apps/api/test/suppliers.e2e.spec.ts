import { uuidv7 } from '@contract-ledger/event-store';
import { actors, expectProblem, startLedger, type LedgerApp } from './support/ledger';
import { USERS } from './support/tokens';

describe('suppliers over HTTP', () => {
  let ledger: LedgerApp;
  let a: ReturnType<typeof actors>;
  let supplierId: string;
  const http = () => ledger.http();
  const register = (who: string, body: object = {}) =>
    http()
      .post('/api/v1/suppliers')
      .set('Authorization', who)
      .send({
        kind: 'social_organisation',
        name: 'Sunshine Elderly Care Centre',
        registrationNumber: '52110000MJ0123456X',
        ...body,
      });

  beforeAll(async () => {
    ledger = await startLedger();
    a = actors(ledger);
    supplierId = a.supplierIds[0];
  });
  afterAll(() => ledger.close());

  it('lets a supplier register itself, and only itself', async () => {
    const res = await register(a.supplier[0]!).expect(201);
    expect(res.body).toEqual({
      id: supplierId,
      revision: 1,
      position: expect.any(Number),
      receipt: { events: [expect.objectContaining({ position: res.body.position })] },
    });
    expect(res.headers.etag).toBe('"1"');
    expectProblem(await register(a.supplier[1]!, { supplierId }), 403, 'FORBIDDEN');
    expectProblem(await register(a.officerA), 403, 'FORBIDDEN');
    expectProblem(
      await register(a.supplier[0]!, { name: 'Another name' }),
      409,
      'SUPPLIER_ALREADY_REGISTERED',
    );
    // The same registration again changes nothing.
    expect((await register(a.supplier[0]!).expect(201)).body.revision).toBe(1);
  });

  it('refuses malformed registrations field by field', async () => {
    const res = await register(a.supplier[1]!, {
      kind: 'cartel',
      name: '',
      registrationNumber: 'x'.repeat(5000),
      admin: true,
    });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'admin',
      'kind',
      'name',
      'registrationNumber',
    ]);
    const noUuid = ledger.bearer({
      sub: USERS.supplierUser(9),
      role: 'supplier',
      supplierId: 'not-a-uuid',
    });
    expectProblem(await register(noUuid), 400, 'VALIDATION_FAILED');
  });

  it('shows a supplier to itself and the market roles, not to other suppliers; ETag is its revision', async () => {
    const own = await http()
      .get(`/api/v1/suppliers/${supplierId}`)
      .set('Authorization', a.supplier[0]!)
      .expect(200);
    expect(own.body).toMatchObject({
      supplierId,
      kind: 'social_organisation',
      rating: null,
      debarred: false,
    });
    expect(own.headers.etag).toMatch(/^"\d+"$/);
    await http()
      .get(`/api/v1/suppliers/${supplierId}`)
      .set('Authorization', a.officerB)
      .expect(200);
    expectProblem(
      await http().get(`/api/v1/suppliers/${supplierId}`).set('Authorization', a.supplier[1]!),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await http().get(`/api/v1/suppliers/${uuidv7()}`).set('Authorization', a.supervisor),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await http().get('/api/v1/suppliers/123').set('Authorization', a.supervisor),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('records a qualification review by a supervisor only, and the rating follows', async () => {
    const body = {
      governanceScore: 95,
      financeScore: 90,
      serviceQualityScore: 92,
      assessor: 'Assessment Centre',
      validUntil: ledger.clock.iso(365),
    };
    expectProblem(
      await http()
        .post(`/api/v1/suppliers/${supplierId}/qualification`)
        .set('Authorization', a.officerA)
        .send(body),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await http()
        .post(`/api/v1/suppliers/${supplierId}/qualification`)
        .set('Authorization', a.supervisor)
        .send({ ...body, governanceScore: 101, validUntil: 'tomorrow' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await http()
        .post(`/api/v1/suppliers/${supplierId}/qualification`)
        .set('Authorization', a.supervisor)
        .send({ ...body, validUntil: ledger.clock.iso(-1) }),
      409,
      'QUALIFICATION_VALIDITY_INVALID',
    );
    expectProblem(
      await http()
        .post(`/api/v1/suppliers/${uuidv7()}/qualification`)
        .set('Authorization', a.supervisor)
        .send(body),
      404,
      'SUPPLIER_NOT_REGISTERED',
    );
    await http()
      .post(`/api/v1/suppliers/${supplierId}/qualification`)
      .set('Authorization', a.supervisor)
      .send(body)
      .expect(201);
    const view = await http()
      .get(`/api/v1/suppliers/${supplierId}`)
      .set('Authorization', a.supervisor)
      .expect(200);
    expect(view.body.rating).toBe('5A');
  });

  it('takes a debarment from proposal to decision to lifting, with notices and monitoring', async () => {
    // Evidence names an event of the log about this supplier: its registration. A random id is
    // refused and writes nothing.
    const evidence = [(await ledger.store.readStream(`supplier-${supplierId}`))[0]!.eventId];
    const before = (await ledger.store.head()).position;
    expectProblem(
      await http()
        .post(`/api/v1/suppliers/${supplierId}/debarments`)
        .set('Authorization', a.supervisor)
        .send({ grounds: 'x', authority: 'y', evidenceEventIds: [uuidv7()] }),
      409,
      'DEBARMENT_EVIDENCE_UNKNOWN',
    );
    expect((await ledger.store.head()).position).toBe(before);
    const proposal = await http()
      .post(`/api/v1/suppliers/${supplierId}/debarment-proposals`)
      .set('Authorization', a.officerA)
      .send({ grounds: 'Three rejected milestones', evidenceEventIds: evidence })
      .expect(201);
    expectProblem(
      await http()
        .post(`/api/v1/suppliers/${supplierId}/debarments`)
        .set('Authorization', a.officerA)
        .send({ grounds: 'x', authority: 'y', evidenceEventIds: evidence }),
      403,
      'FORBIDDEN',
    );
    const debarment = await http()
      .post(`/api/v1/suppliers/${supplierId}/debarments`)
      .set('Authorization', a.supervisor)
      .send({
        proposalId: proposal.body.id,
        grounds: 'Three rejected milestones',
        authority: 'Municipal Finance Bureau',
        evidenceEventIds: evidence,
      })
      .expect(201);
    let view = await http()
      .get(`/api/v1/suppliers/${supplierId}`)
      .set('Authorization', a.auditor)
      .expect(200);
    expect(view.body.debarred).toBe(true);
    expect(view.body.debarments[0]).toMatchObject({
      debarmentId: debarment.body.id,
      defaultLengthApplied: true,
      liftedAt: null,
    });

    expectProblem(
      await http()
        .post(`/api/v1/suppliers/${supplierId}/debarments/${uuidv7()}/lift`)
        .set('Authorization', a.supervisor)
        .send({ reason: 'Appeal upheld' }),
      404,
      'DEBARMENT_NOT_FOUND',
    );
    const stale = await http()
      .post(`/api/v1/suppliers/${supplierId}/debarments/${debarment.body.id}/lift`)
      .set('Authorization', a.supervisor)
      .set('If-Match', '"1"')
      .send({ reason: 'Appeal upheld' });
    expectProblem(stale, 412, 'PRECONDITION_FAILED');
    await http()
      .post(`/api/v1/suppliers/${supplierId}/debarments/${debarment.body.id}/lift`)
      .set('Authorization', a.supervisor)
      .set('If-Match', view.headers.etag as string)
      .send({ reason: 'Appeal upheld' })
      .expect(200);

    await http()
      .post(`/api/v1/suppliers/${supplierId}/notices`)
      .set('Authorization', a.supervisor)
      .send({ kind: 'criticism', summary: 'Late deliveries in 2026' })
      .expect(201);
    expectProblem(
      await http()
        .post(`/api/v1/suppliers/${supplierId}/notices`)
        .set('Authorization', a.supervisor)
        .send({ kind: 'praise', summary: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
    await http()
      .post(`/api/v1/suppliers/${supplierId}/monitoring`)
      .set('Authorization', a.supervisor)
      .send({ reason: 'Criticised', until: ledger.clock.iso(180) })
      .expect(201);
    view = await http()
      .get(`/api/v1/suppliers/${supplierId}`)
      .set('Authorization', a.supplier[0]!)
      .expect(200);
    expect(view.body).toMatchObject({
      debarred: false,
      underEnhancedMonitoring: true,
      notices: [expect.objectContaining({ kind: 'criticism' })],
    });

    const events = await ledger.store.readStream(`supplier-${supplierId}`);
    expect(events.map((e) => e.type)).toEqual([
      'SupplierRegistered',
      'QualificationAssessed',
      'DebarmentProposed',
      'SupplierDebarred',
      'DebarmentLifted',
      'PerformanceNoticePublished',
      'SupplierPlacedUnderEnhancedMonitoring',
    ]);
    expect(events[3]!.metadata).toMatchObject({
      actor: USERS.supervisor,
      role: 'supervisor',
      correlationId: expect.any(String),
      commandId: expect.any(String),
    });
  });
});
