import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  EntityStateQuery,
  EVENT_STORE,
  isPublic,
  mayReadTender,
} from '@contract-ledger/application';
import { isUuid, verifyLog, type EventStore } from '@contract-ledger/event-store';
import { eventShown, eventView, SEALED } from '@contract-ledger/feed';
import { searchAudit, tenderHistory } from '@contract-ledger/read-store-sql';
import { IdParams } from '../common/dto';
import { CurrentAccess, notFound, Permission, validationFailed, type Access } from '../platform';
import { historyItem } from './history-view';
import { ReadModelQuery } from './read-model.query';
import {
  AuditEventsQuery,
  CursorPageQuery,
  StateParams,
  StateQuery,
  VerifyQuery,
} from './read-side.dto';
import { StateAtQuery } from './state-at.query';

const HISTORY_EXAMPLE = {
  tenderId: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
  view: 'full',
  items: [
    {
      position: 1042,
      eventId: '0190f5a2-8000-7000-8000-000000000001',
      type: 'TenderAwarded',
      stream: 'tender-0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
      at: '2026-03-20T10:00:00.000Z',
      recordedAt: '2026-03-20T10:00:00.120Z',
      who: {
        actor: '0190f5a2-0000-7000-8000-00000000000a',
        role: 'agency_officer',
        scope: 'agency:0190f5a2-0000-7000-8000-0000000000ag',
      },
      why: { overrideRationale: 'Best-scored bidder withdrew its key staff' },
      data: { bidId: '…', supplierId: '…', amount: { amountMinor: 98000000, currency: 'CNY' } },
    },
  ],
  nextCursor: null,
};

/**
 * The auditor's views: histories and past states rebuilt from the log, the log searched, the hash
 * chain verified. Histories and searches find their positions in the audit index and read those
 * events from the event store; past states and verification read the event store alone (they are
 * the log's own answer, never a read model's).
 */
@ApiTags('audit')
@ApiExtraModels(StateParams)
@Controller('api/v1/audit')
export class AuditController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get('tenders/:id/history')
  @Permission('tender-history.read')
  @ApiOperation({
    summary:
      "A tender's history: its bids, evaluations, award, contract, milestones, deliveries and disbursements in global order, with who, when and why",
    description:
      'Auditors get every field. Everyone else (supervisors, the public) gets the history without sealed data (bid supplier, price and digest until opening) and personal data (actor ids of supplier staff and evaluators, evaluator ids, conflict declarations, correlation ids); a caller who may not read the tender (the public, suppliers) gets no item for a bid it may not see, since the number of bids is not public before opening; docs/read-side.md. Drafts are not public: 404 except for auditors and supervisors. Cursor paging.',
  })
  @ApiOkResponse({ description: 'One page of the history', schema: { example: HISTORY_EXAMPLE } })
  async tenderHistory(
    @Param() { id }: IdParams,
    @Query() q: CursorPageQuery,
    @CurrentAccess() access: Access,
  ) {
    const role = access.actor?.role;
    const { state, disclosure } = await this.queries.execute(new EntityStateQuery('tender', id));
    if (state.status === 'none') throw notFound(`No tender ${id}`);
    if (!isPublic(state) && role !== 'auditor' && role !== 'supervisor')
      throw notFound(`No published tender ${id}`);
    // Who may not know how many bids the tender received gets no item for a bid it may not see.
    const knowsBidCount = mayReadTender(access.actor, state);
    const page = await this.queries.execute(
      new ReadModelQuery('audit', q, (readStore) =>
        tenderHistory(
          readStore,
          this.store,
          id,
          { limit: q.limit ?? 50, cursor: q.cursor ?? null },
          (row) => eventShown(access.actor, row, disclosure, knowsBidCount),
        ),
      ),
    );
    return {
      tenderId: id,
      view: role === 'auditor' ? 'full' : 'redacted',
      items: page.items.map((row) => historyItem(row, access.actor, disclosure)),
      nextCursor: page.nextCursor,
    };
  }

  @Get('events')
  @Permission('events.read')
  @ApiOperation({
    summary: 'Search the log by actor, type and time (occurredAt), in global order; cursor paging',
  })
  @ApiOkResponse({
    description: '{ items, nextCursor }',
    schema: {
      example: {
        items: [
          {
            position: 7,
            eventId: '0190f5a2-8000-7000-8000-000000000007',
            stream: 'supplier-0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
            type: 'SupplierDebarred',
            actor: '0190f5a2-0000-7000-8000-00000000000b',
            role: 'supervisor',
            scope: null,
            occurredAt: '2026-03-02T09:00:00.000Z',
            recordedAt: '2026-03-02T09:00:00.031Z',
            correlationId: 'c0ffee',
            data: { grounds: 'Falsified visit logs' },
          },
        ],
        nextCursor: 'WzdQ',
      },
    },
  })
  async events(@Query() q: AuditEventsQuery, @CurrentAccess() access: Access) {
    const page = await this.queries.execute(
      new ReadModelQuery('audit', q, (readStore) =>
        searchAudit(readStore, this.store, {
          // A subject is a UUID (ADR 0005), recorded lowercase: one in capitals is the same actor.
          actor: q.actor !== undefined && isUuid(q.actor) ? q.actor.toLowerCase() : q.actor,
          type: q.type,
          from: q.from,
          to: q.to,
          limit: q.limit ?? 50,
          cursor: q.cursor ?? null,
        }),
      ),
    );
    // The auditor (the only role today) sees every event whole; should the search be opened to
    // another role, a bid event reaches it sealed, as on a feed (its own position: SEALED).
    return {
      ...page,
      items: page.items.map((row) => {
        const view = eventView(
          access.actor,
          {
            type: row.type,
            data: row.data,
            metadata: {
              actor: row.actor,
              role: row.role,
              ...(row.scope ? { scope: row.scope } : {}),
              correlationId: row.correlationId,
              commandId: '',
              occurredAt: row.occurredAt,
            },
          },
          SEALED,
        );
        return view.redacted.length === 0
          ? row
          : {
              ...row,
              data: view.data,
              actor: view.metadata.actor ?? null,
              scope: view.metadata.scope ?? null,
              redacted: view.redacted,
            };
      }),
    };
  }

  @Get('verify')
  @Permission('integrity.verify')
  @ApiOperation({
    summary:
      "Verify the log's hash chain, Merkle tree and signed checkpoints, whole or from..to; reports the first break",
    description:
      'Answered by the event store itself (no read model), with the checks of `ledger verify`: the hash chain, then (stores with a transparency log) every tile of the Merkle tree rebuilt from the events and every stored checkpoint against it. minPosition is accepted for uniformity and always satisfied.',
  })
  @ApiOkResponse({
    description:
      '{ ok: true, from, to, checked, headHash, tree: { checkpoints, coveredTo } } (tree absent on a store without a transparency log) or { ok: false, position, code, reason, checked }: code is a chain break (hash_mismatch, prev_hash_mismatch, position_gap, revision_gap) or a tree break (TREE_LEAF_MISMATCH, TREE_NODE_MISMATCH, TREE_TRUNCATED, CHECKPOINT_MISMATCH, CHECKPOINT_SIGNATURE)',
    schema: {
      example: {
        ok: true,
        from: 1,
        to: 5000,
        checked: 5000,
        headHash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
        tree: { checkpoints: 5, coveredTo: 5000 },
      },
    },
  })
  async verify(@Query() q: VerifyQuery) {
    if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
      throw validationFailed([{ field: 'from', messages: ['from must not be greater than to'] }]);
    }
    // The chain alone cannot show a deleted tail or a history rewritten with recomputed hashes:
    // the tree and the signed checkpoints can (the same check as `ledger verify`).
    return verifyLog(this.store, q.from, q.to);
  }

  @Get(':kind/:id/state')
  @Permission('audit.read')
  @ApiOperation({
    summary:
      'The state of a tender, contract, supplier or budget line as it was at an instant (asOf, by recordedAt) or a global position (atPosition)',
    description:
      "Reads the entity's stream from the log and folds the domain's deciders over the events up to that moment: the state a command would have seen. Neither parameter: the current state. Both: 400. A tender's bids are shown as sealed stubs ({ bidId, status, submittedAt, sealed: true }) unless the caller is the auditor or the tender's BidsOpened at or before that moment named the bid (docs/adr/0006-sealed-data-in-feeds.md): supervisors never see a sealed bid, nor the bids of a tender that failed or was cancelled before opening.",
  })
  @ApiOkResponse({
    description: 'The reconstruction',
    schema: {
      example: {
        kind: 'contract',
        id: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
        stream: 'contract-0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
        asOf: '2026-03-15T12:00:00Z',
        atPosition: null,
        revision: 4,
        position: 981,
        lastRecordedAt: '2026-03-14T08:12:00.004Z',
        streamRevision: 9,
        state: { status: 'active' },
      },
    },
  })
  async state(
    @Param() { kind, id }: StateParams,
    @Query() q: StateQuery,
    @CurrentAccess() access: Access,
  ) {
    if (q.asOf !== undefined && q.atPosition !== undefined) {
      throw validationFailed([{ field: 'asOf', messages: ['give asOf or atPosition, not both'] }]);
    }
    const result = await this.queries.execute(
      new StateAtQuery(
        kind,
        id,
        { asOf: q.asOf, atPosition: q.atPosition },
        access.actor,
        q.verify === 'full',
      ),
    );
    if (!result) throw notFound(`No ${kind} ${id}`);
    return result;
  }
}
