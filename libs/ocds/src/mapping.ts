import type {
  LedgerEvent,
  MilestoneTerms,
  Money,
  ProcurementMethod,
  TenderTerms,
} from '@contract-ledger/domain';
import { isPublicEvent, maySeeBid, type Disclosure } from '@contract-ledger/feed';
import type {
  OcdsAmendment,
  OcdsContract,
  OcdsMetric,
  OcdsMilestone,
  OcdsTender,
  OcdsValue,
  Organization,
  OrganizationReference,
  PartyRole,
  Release,
  ReleaseTag,
} from './ocds-types';

/**
 * Ledger events -> OCDS releases. One contracting process (one `ocid`) per tender; its contract
 * events join it through the tender the contract was signed for. `step` is a pure fold: given the
 * process as disclosed so far and one event, it returns the new process state and the release
 * that event publishes, or none (docs/ocds.md lists every event type and why).
 *
 * Disclosure follows the public view (libs/feed: isPublicEvent, and maySeeBid for a reader without a token):
 * - nothing of a tender before its publication (its draft terms wait in the state);
 * - nothing of a bid before BidsOpened (BidSubmitted is sealed at its own position), and only the
 *   bids that opening revealed; a failed tender never reveals any;
 * - no person: evaluators, the officers who sign or disburse, the supplier staff who report a
 *   delivery, a conflict-of-interest declaration and evaluators' comments and scores are left out.
 *   Organisations (agencies, suppliers) are not persons: they are the parties.
 * A release carries what its event changed (with the ids the merge needs), not the whole process:
 * the record's compiledRelease is the whole picture.
 */

export interface OcdsMappingOptions {
  /** Registered OCID prefix (`ocds-` + 6 characters); ocid = `<prefix>-<tenderId>`. */
  readonly ocidPrefix: string;
  /** org-id.guide scheme of suppliers' registration numbers (the identifier of a supplier party). */
  readonly supplierIdentifierScheme: string;
}

export const DEFAULT_OCDS_MAPPING: OcdsMappingOptions = {
  ocidPrefix: 'ocds-ledger',
  supplierIdentifierScheme: 'CN-USCC',
};

/** A registered supplier, from its SupplierRegistered: what its party shows. */
export interface SupplierInfo {
  readonly supplierId: string;
  readonly name: string;
  readonly registrationNumber: string;
  readonly kind: string;
}

/** A budget line, from its BudgetLineOpened: what the planning section shows. */
export interface BudgetLineInfo {
  readonly budgetLineId: string;
  readonly fiscalYear: number;
  readonly category: string;
}

interface PartyState {
  readonly id: string;
  readonly name: string | null;
  readonly identifier: {
    readonly scheme: string;
    readonly id: string;
    readonly legalName: string;
  } | null;
  readonly roles: readonly PartyRole[];
}

interface ContractState {
  readonly contractId: string;
  /** Every contract object of a release needs it (the schema requires awardID). */
  readonly awardId: string;
  readonly agencyId: string;
  readonly supplierId: string;
  /** Milestone id -> title, for the metrics' milestone references and to tell new milestones in an amendment. */
  readonly milestones: Readonly<Record<string, string>>;
}

/** Everything a process's later releases need, kept by the projection per ocid (JSON-safe). */
export interface ProcessState {
  readonly ocid: string;
  readonly tenderId: string;
  readonly agencyId: string;
  readonly budgetLineId: string;
  readonly budget: BudgetLineInfo | null;
  readonly method: ProcurementMethod;
  readonly terms: TenderTerms;
  readonly directCommissionJustification: string | null;
  readonly published: boolean;
  readonly reserved: Money | null;
  readonly openedAt: string | null;
  /** Opened bids (bid id -> supplier id): the only bids ever disclosed. */
  readonly openedBids: Readonly<Record<string, string>>;
  readonly awardId: string | null;
  readonly parties: readonly PartyState[];
  readonly contracts: Readonly<Record<string, ContractState>>;
  readonly releases: number;
}

export interface StepInput {
  readonly eventId: string;
  readonly recordedAt: string;
  readonly event: LedgerEvent;
  /** The event's `metadata.sandbox`: recorded by a sandbox ledger (ADR 0010); its release says so. */
  readonly sandbox?: boolean;
  /** Suppliers this event names (supplierOf / openedBids), as registered. */
  readonly suppliers: ReadonlyMap<string, SupplierInfo>;
  /** The tender's budget line, for TenderDrafted. */
  readonly budgetLine?: BudgetLineInfo | undefined;
}

export interface StepResult {
  readonly state: ProcessState | null;
  readonly release: Release | null;
}

export function ocidOf(options: Pick<OcdsMappingOptions, 'ocidPrefix'>, tenderId: string): string {
  return `${options.ocidPrefix}-${tenderId}`;
}

/**
 * The suppliers `step` may make parties of for this event, so the caller looks up only those (a
 * supplier becomes a party at opening, award or signing; later events find it in the process).
 */
export function suppliersNamedBy(event: LedgerEvent): string[] {
  if (event.type === 'BidsOpened') return event.data.openedBids.map((b) => b.supplierId);
  if (event.type === 'TenderAwarded' || event.type === 'ContractSigned')
    return [event.data.supplierId];
  return [];
}

/** ISO 4217 currencies whose minor unit is not the hundredth (the ledger's money is in minor units). */
const MINOR_UNIT_DIGITS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** OCDS amounts are in major units (a number); the ledger's in integer minor units. */
export function ocdsValue(money: Money): OcdsValue {
  const digits = MINOR_UNIT_DIGITS[money.currency] ?? 2;
  return { amount: money.amountMinor / 10 ** digits, currency: money.currency };
}

const METHODS: Readonly<Record<ProcurementMethod, NonNullable<OcdsTender['procurementMethod']>>> = {
  open: 'open',
  invited: 'selective',
  competitive_negotiation: 'limited',
  direct_commission: 'direct',
};

const VERDICT_STATUS = {
  accepted: 'met',
  partially_accepted: 'partiallyMet',
  rejected: 'notMet',
} as const;

/** The events `step` reads. Others (supplier life, budget accounting, evaluation internals) never change a release. */
export const OCDS_EVENT_TYPES: readonly LedgerEvent['type'][] = [
  'TenderDrafted',
  'TenderAmended',
  'TenderPublished',
  'FundsReserved',
  'ReservationResized',
  'BidsOpened',
  'TenderFailed',
  'BidDisqualified',
  'TenderAwarded',
  'ComplaintUpheld',
  'QuestionAsked',
  'QuestionAnswered',
  'TenderCancelled',
  'ContractSigned',
  'ContractAmended',
  'DeliveryReported',
  'MilestoneEvaluated',
  'FundsDisbursed',
  'ContractTerminated',
  'ContractCompleted',
];

/** The tender an event belongs to, when the event says so itself (contract events after signing do not: the caller maps them). */
export function tenderIdOf(event: LedgerEvent): string | undefined {
  const tenderId = (event.data as { tenderId?: unknown }).tenderId;
  return typeof tenderId === 'string' ? tenderId : undefined;
}

export function step(
  options: OcdsMappingOptions,
  state: ProcessState | null,
  input: StepInput,
): StepResult {
  const { event } = input;
  if (event.type === 'TenderDrafted') {
    if (state !== null) return { state, release: null };
    const d = event.data;
    return {
      state: {
        ocid: ocidOf(options, d.tenderId),
        tenderId: d.tenderId,
        agencyId: d.agencyId,
        budgetLineId: d.budgetLineId,
        budget: input.budgetLine ?? null,
        method: d.method,
        terms: {
          title: d.title,
          serviceCategory: d.serviceCategory,
          estimatedValue: d.estimatedValue,
          criteria: d.criteria,
          eligibility: d.eligibility,
          contractType: d.contractType,
          paymentModel: d.paymentModel,
        },
        directCommissionJustification: d.directCommission?.justification ?? null,
        published: false,
        reserved: null,
        openedAt: null,
        openedBids: {},
        awardId: null,
        parties: [],
        contracts: {},
        releases: 0,
      },
      release: null,
    };
  }
  if (state === null) return { state, release: null };
  const mapper = new ReleaseBuilder(options, state, input);
  return mapper.build();
}

class ReleaseBuilder {
  private state: ProcessState;
  private readonly touchedParties = new Set<string>();

  constructor(
    private readonly options: OcdsMappingOptions,
    state: ProcessState,
    private readonly input: StepInput,
  ) {
    this.state = state;
  }

  build(): StepResult {
    const body = this.body();
    if (body === null) return { state: this.state, release: null };
    const { tag, ...sections } = body;
    const parties = this.state.parties
      .filter((p) => this.touchedParties.has(p.id))
      .map(organization);
    const release: Release = {
      ocid: this.state.ocid,
      id: this.input.eventId,
      date: this.input.recordedAt,
      tag: [tag],
      initiationType: 'tender',
      ...(this.input.sandbox === true ? { sandbox: true as const } : {}),
      ...(parties.length > 0 ? { parties } : {}),
      ...sections,
    };
    this.state = { ...this.state, releases: this.state.releases + 1 };
    return { state: this.state, release };
  }

  private set(patch: Partial<ProcessState>): void {
    this.state = { ...this.state, ...patch };
  }

  /** Adds roles to a party (creating it), and marks it for this release: roles are replaced whole on merge, so the release carries all of them. */
  private party(id: string, roles: readonly PartyRole[]): OrganizationReference {
    const existing = this.state.parties.find((p) => p.id === id);
    const supplier = this.input.suppliers.get(id);
    const base: PartyState = existing ?? {
      id,
      name: supplier?.name ?? null,
      identifier: supplier
        ? {
            scheme: this.options.supplierIdentifierScheme,
            id: supplier.registrationNumber,
            legalName: supplier.name,
          }
        : null,
      roles: [],
    };
    const merged = [...base.roles, ...roles.filter((r) => !base.roles.includes(r))];
    const next: PartyState = { ...base, roles: merged };
    this.set({
      parties: existing
        ? this.state.parties.map((p) => (p.id === id ? next : p))
        : [...this.state.parties, next],
    });
    this.touchedParties.add(id);
    return reference(next);
  }

  private agency(roles: readonly PartyRole[]): OrganizationReference {
    return this.party(this.state.agencyId, roles);
  }

  private body():
    | ({ tag: ReleaseTag } & Omit<
        Release,
        'ocid' | 'id' | 'date' | 'tag' | 'initiationType' | 'parties'
      >)
    | null {
    const { event } = this.input;
    const s = this.state;
    switch (event.type) {
      case 'TenderAmended': {
        const d = event.data;
        this.set({ terms: { ...s.terms, ...d.changes } });
        // A draft's amendments are part of what is published; nothing is public yet.
        if (!s.published || !isPublicEvent(event.type, d)) return null;
        const amendment: OcdsAmendment = {
          id: this.input.eventId,
          date: d.amendedAt,
          rationale: d.reason,
          // Not how many bids it voided: before opening the number of bids is not public (ADR 0006).
          description: `${d.material ? 'Material' : 'Non-material'} change of ${Object.keys(d.changes).join(', ') || 'no term'}${d.deadlineExtended ? '; deadline extended' : ''}${
            d.material ? '; bids received before it must be confirmed' : ''
          }`,
        };
        return {
          tag: 'tenderAmendment',
          tender: {
            ...this.terms(d.changes),
            id: s.tenderId,
            ...(d.deadline !== null ? { tenderPeriod: { endDate: d.deadline } } : {}),
            amendments: [amendment],
          },
        };
      }
      case 'TenderPublished': {
        const d = event.data;
        this.set({ published: true });
        const buyer = this.agency(['buyer', 'procuringEntity']);
        return {
          tag: 'tender',
          buyer,
          planning: { budget: this.budget() },
          tender: {
            id: s.tenderId,
            ...this.terms(s.terms),
            status: 'active',
            procuringEntity: buyer,
            procurementMethod: METHODS[s.method],
            procurementMethodDetails: s.method,
            ...(s.directCommissionJustification !== null
              ? { procurementMethodRationale: s.directCommissionJustification }
              : {}),
            mainProcurementCategory: 'services',
            awardCriteria: 'ratedCriteria',
            submissionMethod: ['electronicSubmission'],
            tenderPeriod: { startDate: d.publishedAt, endDate: d.deadline },
          },
        };
      }
      case 'FundsReserved':
      case 'ReservationResized': {
        // The reservation (resized when an amendment changes the estimate) is the budget allocated to the procurement.
        this.set({ reserved: event.data.amount });
        // Reserved with the publication: a planning update once the tender is public.
        return this.state.published
          ? { tag: 'planningUpdate', planning: { budget: this.budget() } }
          : null;
      }
      case 'BidsOpened': {
        const d = event.data;
        // What the public may see of each bid, asked of the one sealed-bid rule (libs/feed): the bids this opening names.
        const disclosure: Disclosure = new Set(d.openedBidIds);
        const visible = d.openedBids.filter((b) => maySeeBid(undefined, b, disclosure));
        const tenderers = visible.map((b) => this.party(b.supplierId, ['tenderer']));
        const distinct = [...new Map(tenderers.map((t) => [t.id, t])).values()];
        this.set({
          openedAt: d.openedAt,
          openedBids: Object.fromEntries(visible.map((b) => [b.bidId, b.supplierId])),
        });
        return {
          tag: 'tenderUpdate',
          tender: {
            id: s.tenderId,
            numberOfTenderers: distinct.length,
            tenderers: distinct,
            awardPeriod: { startDate: d.openedAt },
          },
          bids: {
            statistics: [
              {
                id: 'bids',
                measure: 'bids',
                value: d.openedBidIds.length + d.lapsedBidIds.length,
                date: d.openedAt,
              },
              {
                id: 'validBids',
                measure: 'validBids',
                value: d.openedBidIds.length,
                date: d.openedAt,
              },
            ],
            details: visible.map((b, i) => ({
              id: b.bidId,
              status: 'valid' as const,
              tenderers: [tenderers[i]!],
              value: ocdsValue(b.price),
            })),
          },
        };
      }
      case 'TenderFailed':
        return { tag: 'tenderUpdate', tender: { id: s.tenderId, status: 'unsuccessful' } };
      case 'BidDisqualified': {
        // Only an opened bid is known to the public; a bid disqualified while sealed stays unknown.
        const disclosure: Disclosure =
          s.openedAt === null ? null : new Set(Object.keys(s.openedBids));
        if (!maySeeBid(undefined, event.data, disclosure)) return null;
        return {
          tag: 'tenderUpdate',
          bids: { details: [{ id: event.data.bidId, status: 'disqualified' }] },
        };
      }
      case 'TenderAwarded': {
        const d = event.data;
        const supplier = this.party(d.supplierId, ['tenderer', 'supplier']);
        this.set({ awardId: d.bidId });
        return {
          tag: 'award',
          tender: { id: s.tenderId, status: 'complete', awardPeriod: { endDate: d.awardedAt } },
          awards: [
            {
              id: d.bidId,
              title: s.terms.title,
              ...(d.override
                ? {
                    description:
                      `Not awarded to the best weighted score: ${d.overrideRationale ?? ''}`.trim(),
                  }
                : {}),
              status: 'active',
              date: d.awardedAt,
              value: ocdsValue(d.amount),
              suppliers: [supplier],
            },
          ],
        };
      }
      case 'ComplaintUpheld': {
        // The award fell; reopening makes the tender active again, cancelling is TenderCancelled's release.
        const d = event.data;
        // Before opening (a complaint about the conditions) no award fell: nothing to release.
        if (d.awardBidId === null) return null;
        this.set({ awardId: null });
        return {
          tag: 'awardCancellation',
          ...(d.remedy === 'reopen_evaluation'
            ? { tender: { id: s.tenderId, status: 'active' as const } }
            : {}),
          awards: [{ id: d.awardBidId, status: 'cancelled' as const }],
        };
      }
      case 'QuestionAsked': {
        // The question is public, its author is not (libs/feed maySeeAuthor: only the author and
        // the auditor): no `author`, no `enquirer` party.
        const d = event.data;
        return {
          tag: 'tenderUpdate',
          tender: {
            id: s.tenderId,
            hasEnquiries: true,
            enquiries: [{ id: d.questionId, date: d.askedAt, description: d.question }],
          },
        };
      }
      case 'QuestionAnswered': {
        // An answer that changes the conditions is also a TenderAmended: its own release follows.
        const d = event.data;
        return {
          tag: 'tenderUpdate',
          tender: {
            id: s.tenderId,
            enquiries: [{ id: d.questionId, answer: d.answer, dateAnswered: d.answeredAt }],
          },
        };
      }
      case 'TenderCancelled':
        // A draft cancelled was never public.
        return isPublicEvent(event.type, event.data, s.published)
          ? { tag: 'tenderCancellation', tender: { id: s.tenderId, status: 'cancelled' } }
          : null;
      case 'ContractSigned': {
        const d = event.data;
        this.agency(['buyer', 'procuringEntity', 'payer']);
        this.party(d.supplierId, ['supplier', 'payee']);
        const awardId = s.awardId ?? d.tenderId;
        this.set({
          contracts: {
            ...s.contracts,
            [d.contractId]: {
              contractId: d.contractId,
              awardId,
              agencyId: d.agencyId,
              supplierId: d.supplierId,
              milestones: titles({}, d.milestones),
            },
          },
        });
        return {
          tag: 'contract',
          contracts: [
            {
              id: d.contractId,
              awardID: awardId,
              title: s.terms.title,
              status: 'active',
              dateSigned: d.signedAt,
              value: ocdsValue(d.value),
              period: { startDate: d.signedAt, endDate: lastDue(d.milestones, d.signedAt) },
              ...metricsOf(d.milestones),
              implementation: { milestones: d.milestones.map((m) => milestone(m, 'scheduled')) },
            },
          ],
        };
      }
      case 'ContractAmended': {
        const d = event.data;
        const contract = s.contracts[d.contractId];
        if (contract === undefined) return null;
        this.set({
          contracts: {
            ...s.contracts,
            [d.contractId]: { ...contract, milestones: titles(contract.milestones, d.milestones) },
          },
        });
        return {
          tag: 'contractAmendment',
          contracts: [
            {
              id: d.contractId,
              awardID: contract.awardId,
              value: ocdsValue(d.newValue),
              period: { endDate: lastDue(d.milestones, d.amendedAt) },
              amendments: [
                {
                  id: d.amendmentId,
                  date: d.amendedAt,
                  rationale: `${d.rationale}: ${d.justification}`,
                  description: `Value ${formatMoney(d.previousValue)} -> ${formatMoney(d.newValue)}; ${d.milestones.length} milestone(s) in the schedule`,
                },
              ],
              ...metricsOf(d.milestones),
              // Milestones already in the schedule keep the status they reached; new ones are scheduled.
              implementation: {
                milestones: d.milestones.map((m) =>
                  milestone(
                    m,
                    contract.milestones[m.milestoneId] === undefined ? 'scheduled' : undefined,
                  ),
                ),
              },
            },
          ],
        };
      }
      case 'DeliveryReported': {
        const d = event.data;
        const contract = s.contracts[d.contractId];
        if (contract === undefined) return null;
        const title = contract.milestones[d.milestoneId];
        const ref = { id: d.milestoneId, ...(title !== undefined ? { title } : {}) };
        const metrics: OcdsMetric[] = d.indicatorResults.map((r) => ({
          id: `${d.milestoneId}/${r.indicatorId}`,
          observations: [
            {
              id: `${this.input.eventId}/${r.indicatorId}`,
              measure: r.value,
              notes: r.met ? 'Target met' : 'Target not met',
              relatedImplementationMilestone: ref,
            },
          ],
        }));
        return this.contractUpdate('implementation', {
          id: d.contractId,
          implementation: {
            milestones: [
              {
                id: d.milestoneId,
                dateModified: d.reportedAt,
                ...(d.evidenceDigests.length > 0
                  ? {
                      documents: d.evidenceDigests.map((digest) => ({
                        id: digest,
                        documentType: 'physicalProgressReport',
                        title: 'Delivery evidence (digest of the file)',
                      })),
                    }
                  : {}),
              },
            ],
            ...(metrics.length > 0 ? { metrics } : {}),
          },
        });
      }
      case 'MilestoneEvaluated': {
        const d = event.data;
        if (s.contracts[d.contractId] === undefined) return null;
        return this.contractUpdate('implementation', {
          id: d.contractId,
          implementation: {
            milestones: [
              {
                id: d.milestoneId,
                status: VERDICT_STATUS[d.verdict],
                ...(d.verdict !== 'rejected' ? { dateMet: d.evaluatedAt } : {}),
                dateModified: d.evaluatedAt,
              },
            ],
          },
        });
      }
      case 'FundsDisbursed': {
        const d = event.data;
        const contract = s.contracts[d.contractId];
        // All of it settled against an advance: no money moved, no transaction.
        if (contract === undefined || d.cashPaid.amountMinor === 0) return null;
        const payer = this.agency(['payer']);
        const payee = this.party(contract.supplierId, ['payee']);
        return this.contractUpdate('implementation', {
          id: d.contractId,
          implementation: {
            transactions: [
              {
                id: d.disbursementId,
                date: d.disbursedAt,
                value: ocdsValue(d.cashPaid),
                payer,
                payee,
              },
            ],
          },
        });
      }
      case 'ContractTerminated': {
        const d = event.data;
        if (s.contracts[d.contractId] === undefined) return null;
        return this.contractUpdate('contractTermination', {
          id: d.contractId,
          status: 'terminated',
          description: `Terminated early (${d.reason}): ${d.explanation}`,
          period: { endDate: d.terminatedAt },
        });
      }
      case 'ContractCompleted': {
        const d = event.data;
        if (s.contracts[d.contractId] === undefined) return null;
        return this.contractUpdate('contractTermination', {
          id: d.contractId,
          status: 'terminated',
          description: `Completed: every milestone evaluated; accepted ${formatMoney(d.acceptedTotal)}, paid ${formatMoney(d.amountPaid)}`,
          period: { endDate: d.completedAt },
        });
      }
      default:
        return null;
    }
  }

  private contractUpdate(
    tag: ReleaseTag,
    contract: Omit<OcdsContract, 'awardID'>,
  ): { tag: ReleaseTag; contracts: OcdsContract[] } {
    return {
      tag,
      contracts: [{ ...contract, awardID: this.state.contracts[contract.id]!.awardId }],
    };
  }

  private budget(): { id: string; description?: string; amount?: OcdsValue } {
    const { budget, budgetLineId, reserved } = this.state;
    return {
      id: budgetLineId,
      ...(budget !== null
        ? { description: `Budget line ${budget.category}, fiscal year ${budget.fiscalYear}` }
        : {}),
      ...(reserved !== null ? { amount: ocdsValue(reserved) } : {}),
    };
  }

  /** The tender fields that come from its terms; given a subset (an amendment's changes), only those. */
  private terms(terms: Partial<TenderTerms>): Partial<OcdsTender> {
    const all = this.state.terms;
    const out: Record<string, unknown> = {};
    if (terms.title !== undefined) out['title'] = terms.title;
    if (terms.serviceCategory !== undefined)
      out['items'] = [{ id: '1', description: terms.serviceCategory }];
    if (terms.estimatedValue !== undefined) out['value'] = ocdsValue(terms.estimatedValue);
    if (terms.criteria !== undefined)
      out['awardCriteriaDetails'] = terms.criteria
        .map((c) => `${c.name}: weight ${c.weight}`)
        .join('; ');
    if (terms.eligibility !== undefined)
      out['eligibilityCriteria'] = eligibilityText(terms.eligibility);
    if (
      terms.contractType !== undefined ||
      terms.paymentModel !== undefined ||
      terms.serviceCategory !== undefined
    ) {
      out['description'] =
        `Service category ${all.serviceCategory}; contract type ${all.contractType}; payment model ${all.paymentModel}`;
    }
    return out as Partial<OcdsTender>;
  }
}

function eligibilityText(e: TenderTerms['eligibility']): string {
  const parts = [
    e.minRating !== null ? `minimum rating ${e.minRating}` : 'no minimum rating',
    e.supplierKinds.length > 0
      ? `supplier kinds: ${e.supplierKinds.join(', ')}`
      : 'any supplier kind',
  ];
  if (e.invitedSupplierIds.length > 0)
    parts.push(`by invitation (${e.invitedSupplierIds.length} supplier(s))`);
  return `Registered suppliers not debarred; ${parts.join('; ')}`;
}

function milestone(m: MilestoneTerms, status: 'scheduled' | undefined): OcdsMilestone {
  return {
    id: m.milestoneId,
    title: m.title,
    type: 'delivery',
    description: `Amount ${formatMoney(m.amount)}${m.deliverables.length > 0 ? `; deliverables: ${m.deliverables.join(', ')}` : ''}`,
    dueDate: m.dueAt,
    ...(status !== undefined ? { status } : {}),
  };
}

/** The indicators' targets as the metrics extension's agreedMetrics. */
function metricsOf(milestones: readonly MilestoneTerms[]): { agreedMetrics?: OcdsMetric[] } {
  const metrics: OcdsMetric[] = milestones.flatMap((m) =>
    m.indicators.map((i) => ({
      id: `${m.milestoneId}/${i.indicatorId}`,
      title: i.indicatorId,
      ...(i.description.length > 0 ? { description: i.description } : {}),
      observations: [
        {
          id: 'target',
          measure: i.target,
          relatedImplementationMilestone: { id: m.milestoneId, title: m.title },
        },
      ],
    })),
  );
  return metrics.length > 0 ? { agreedMetrics: metrics } : {};
}

function titles(
  known: Readonly<Record<string, string>>,
  milestones: readonly MilestoneTerms[],
): Record<string, string> {
  const out: Record<string, string> = { ...known };
  for (const m of milestones) out[m.milestoneId] = m.title;
  return out;
}

function lastDue(milestones: readonly MilestoneTerms[], fallback: string): string {
  return milestones.reduce((latest, m) => (m.dueAt > latest ? m.dueAt : latest), fallback);
}

function formatMoney(money: Money): string {
  const value = ocdsValue(money);
  return `${value.amount} ${value.currency}`;
}

function reference(party: PartyState): OrganizationReference {
  return { id: party.id, ...(party.name !== null ? { name: party.name } : {}) };
}

function organization(party: PartyState): Organization {
  return {
    ...reference(party),
    ...(party.identifier !== null ? { identifier: party.identifier } : {}),
    roles: party.roles,
  };
}
