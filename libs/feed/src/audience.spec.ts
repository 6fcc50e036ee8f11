import { feedIncludes } from './audience';

const event = (type: string, stream: string, data: object = {}) => ({ type, stream, data });

describe('feedIncludes: who gets which event on the HTTP feed', () => {
  it('gives the public published tenders, never drafts or bids', () => {
    expect(feedIncludes(undefined, event('TenderPublished', 'tender-1'), {})).toBe(true);
    expect(feedIncludes(undefined, event('TenderDrafted', 'tender-1'), {})).toBe(false);
    expect(feedIncludes(undefined, event('BidSubmitted', 'tender-1'), {})).toBe(false);
    expect(
      feedIncludes(undefined, event('TenderCancelled', 'tender-1'), { tenderPublished: false }),
    ).toBe(false);
    expect(
      feedIncludes(undefined, event('TenderCancelled', 'tender-1'), { tenderPublished: true }),
    ).toBe(true);
  });

  it("gives an agency officer its own agency's tender streams only", () => {
    const officer = { role: 'agency_officer', id: 'o', agencyId: 'a1' };
    expect(feedIncludes(officer, event('TenderDrafted', 'tender-1'), { agencyId: 'a1' })).toBe(
      true,
    );
    expect(feedIncludes(officer, event('TenderDrafted', 'tender-1'), { agencyId: 'a2' })).toBe(
      false,
    );
  });

  it('gives a supplier its own bid events', () => {
    const supplier = { role: 'supplier', id: 'u', supplierId: 's1' };
    expect(
      feedIncludes(supplier, event('BidSubmitted', 'tender-1', { supplierId: 's1' }), {}),
    ).toBe(true);
    expect(
      feedIncludes(supplier, event('BidSubmitted', 'tender-1', { supplierId: 's2' }), {}),
    ).toBe(false);
  });

  it("gives an evaluator's conflict register to the auditor and the supervisor only", () => {
    const registered = event('ConflictOfInterestRegistered', 'evaluator-e1', {
      evaluatorId: 'e1',
      supplierId: 's1',
      tenderId: 't1',
    });
    const viewers = [
      undefined,
      { role: 'supplier', id: 'u', supplierId: 's1' },
      { role: 'agency_officer', id: 'o', agencyId: 'a1' },
      { role: 'finance_officer', id: 'f', agencyId: 'a1' },
      { role: 'evaluator', id: 'e1' },
      { role: 'review_body', id: 'r' },
    ];
    for (const viewer of viewers)
      expect(feedIncludes(viewer, registered, { agencyId: 'a1' })).toBe(false);
    expect(feedIncludes({ role: 'auditor', id: 'x' }, registered, {})).toBe(true);
    expect(feedIncludes({ role: 'supervisor', id: 'v' }, registered, {})).toBe(true);
  });
});
