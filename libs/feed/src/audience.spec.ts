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
});
