import { defineProjection, handles } from '../projection';
import { asLedgerEvent } from '../ledger-event';
import { integer, nullable, table, text } from '../schema';

export type TenderBoardStatus = 'draft' | 'published' | 'failed' | 'awarded' | 'cancelled';

/**
 * The public tender board: one row per tender with what may be published. Drafts are kept (so a
 * later publication has its terms) and filtered out by the public queries; bid counts appear
 * only once bids are opened, so the board never leaks how many sealed bids a tender has.
 */
export const boardTenders = table({
  name: 'tenders',
  columns: {
    tenderId: text(),
    agencyId: text(),
    title: text(),
    method: text(),
    serviceCategory: text(),
    currency: text(),
    estimatedValue: integer(),
    status: text(),
    deadline: nullable(text()),
    publishedAt: nullable(text()),
    openedBids: nullable(integer()),
    awardedSupplierId: nullable(text()),
    awardedAmount: nullable(integer()),
    awardedAt: nullable(text()),
    contractId: nullable(text()),
    contractValue: nullable(integer()),
    contractSignedAt: nullable(text()),
    closedAt: nullable(text()),
    updatedAt: text(),
    position: integer(),
  },
  key: ['tenderId'],
  // publishedAt: the public tender list (every published tender, newest first) pages on it.
  indexes: [
    ['status', 'deadline'],
    ['agencyId'],
    ['serviceCategory'],
    ['awardedAt'],
    ['contractSignedAt'],
    ['publishedAt'],
  ],
});

export const tenderBoardProjection = defineProjection({
  name: 'tender_board',
  // 2: index on publishedAt (the public tender list reads it instead of folding the log).
  version: 2,
  tables: [boardTenders],
  canHandle: handles(
    'TenderDrafted',
    'TenderAmended',
    'TenderPublished',
    'BidsOpened',
    'TenderFailed',
    'TenderAwarded',
    'ComplaintUpheld',
    'TenderCancelled',
    'ContractSigned',
  ),
  async apply(tx, recorded) {
    const event = asLedgerEvent(recorded);
    const touch = { updatedAt: recorded.metadata.occurredAt, position: recorded.position };
    if (event.type === 'TenderDrafted') {
      const d = event.data;
      await tx.put(boardTenders, {
        tenderId: d.tenderId,
        agencyId: d.agencyId,
        title: d.title,
        method: d.method,
        serviceCategory: d.serviceCategory,
        currency: d.estimatedValue.currency,
        estimatedValue: d.estimatedValue.amountMinor,
        status: 'draft',
        deadline: null,
        publishedAt: null,
        openedBids: null,
        awardedSupplierId: null,
        awardedAmount: null,
        awardedAt: null,
        contractId: null,
        contractValue: null,
        contractSignedAt: null,
        closedAt: null,
        ...touch,
      });
      return;
    }
    if (!('tenderId' in event.data) || typeof event.data.tenderId !== 'string') return;
    const row = await tx.get(boardTenders, { tenderId: event.data.tenderId });
    if (!row) return;
    switch (event.type) {
      case 'TenderAmended': {
        const c = event.data.changes;
        await tx.put(boardTenders, {
          ...row,
          title: c.title ?? row.title,
          serviceCategory: c.serviceCategory ?? row.serviceCategory,
          estimatedValue: c.estimatedValue?.amountMinor ?? row.estimatedValue,
          deadline: event.data.deadline ?? row.deadline,
          ...touch,
        });
        return;
      }
      case 'TenderPublished':
        await tx.put(boardTenders, {
          ...row,
          status: 'published',
          deadline: event.data.deadline,
          publishedAt: event.data.publishedAt,
          ...touch,
        });
        return;
      case 'BidsOpened':
        await tx.put(boardTenders, {
          ...row,
          openedBids: event.data.openedBidIds.length,
          ...touch,
        });
        return;
      case 'TenderFailed':
        await tx.put(boardTenders, {
          ...row,
          status: 'failed',
          closedAt: event.data.failedAt,
          ...touch,
        });
        return;
      case 'TenderCancelled':
        await tx.put(boardTenders, {
          ...row,
          status: 'cancelled',
          closedAt: event.data.cancelledAt,
          ...touch,
        });
        return;
      case 'TenderAwarded':
        await tx.put(boardTenders, {
          ...row,
          status: 'awarded',
          awardedSupplierId: event.data.supplierId,
          awardedAmount: event.data.amount.amountMinor,
          awardedAt: event.data.awardedAt,
          closedAt: event.data.awardedAt,
          ...touch,
        });
        return;
      case 'ComplaintUpheld':
        // Before opening (about the conditions) nothing changes here; amend_conditions keeps it published.
        if (event.data.awardBidId === null) return;
        // The award fell: back under evaluation (published, bids opened); cancel_tender is the TenderCancelled that follows.
        await tx.put(boardTenders, {
          ...row,
          status: 'published',
          awardedSupplierId: null,
          awardedAmount: null,
          awardedAt: null,
          closedAt: null,
          ...touch,
        });
        return;
      case 'ContractSigned':
        await tx.put(boardTenders, {
          ...row,
          contractId: event.data.contractId,
          contractValue: event.data.value.amountMinor,
          contractSignedAt: event.data.signedAt,
          ...touch,
        });
        return;
      default:
        // The other events this projection handles change nothing here.
        break;
    }
  },
});
