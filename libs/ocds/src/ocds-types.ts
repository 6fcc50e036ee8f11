/**
 * The parts of OCDS 1.1.5 (release schema, plus the bid and metrics extensions) the ledger
 * writes. Deliberately loose where the schema is: every field optional but the ones the schema
 * requires, so a partial release (what changed) type-checks like a full one. The schemas in
 * tools/ocds/schema (the official 1.1.5 files) are the authority; the specs validate every output against them.
 */

export type ReleaseTag =
  | 'planning'
  | 'planningUpdate'
  | 'tender'
  | 'tenderAmendment'
  | 'tenderUpdate'
  | 'tenderCancellation'
  | 'award'
  | 'awardUpdate'
  | 'awardCancellation'
  | 'contract'
  | 'contractUpdate'
  | 'contractAmendment'
  | 'implementation'
  | 'implementationUpdate'
  | 'contractTermination'
  | 'compiled';

export type PartyRole =
  | 'buyer'
  | 'procuringEntity'
  | 'supplier'
  | 'tenderer'
  | 'funder'
  | 'enquirer'
  | 'payer'
  | 'payee'
  | 'reviewBody'
  | 'interestedParty';

export interface OcdsValue {
  readonly amount: number;
  readonly currency: string;
}

export interface OcdsPeriod {
  readonly startDate?: string;
  readonly endDate?: string;
}

export interface OcdsIdentifier {
  readonly scheme: string;
  readonly id: string;
  readonly legalName?: string;
}

export interface OrganizationReference {
  readonly id: string;
  readonly name?: string;
}

export interface Organization extends OrganizationReference {
  readonly identifier?: OcdsIdentifier;
  readonly roles: readonly PartyRole[];
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface OcdsAmendment {
  readonly id: string;
  readonly date: string;
  readonly rationale?: string;
  readonly description?: string;
}

export interface OcdsDocument {
  readonly id: string;
  readonly documentType?: string;
  readonly title?: string;
  readonly description?: string;
}

export interface OcdsMilestone {
  readonly id: string;
  readonly title?: string;
  readonly type?: string;
  readonly description?: string;
  readonly dueDate?: string;
  readonly dateMet?: string;
  readonly dateModified?: string;
  readonly status?: 'scheduled' | 'met' | 'notMet' | 'partiallyMet';
  readonly documents?: readonly OcdsDocument[];
}

/** Metrics extension: `Metric` with `Observation`s. */
export interface OcdsObservation {
  readonly id: string;
  readonly measure?: string | number;
  readonly notes?: string;
  readonly relatedImplementationMilestone?: { readonly id: string; readonly title?: string };
}

export interface OcdsMetric {
  readonly id: string;
  readonly title?: string;
  readonly description?: string;
  readonly observations?: readonly OcdsObservation[];
}

export interface OcdsTransaction {
  readonly id: string;
  readonly date?: string;
  readonly value?: OcdsValue;
  readonly payer?: OrganizationReference;
  readonly payee?: OrganizationReference;
}

/** Bid extension: `bids.details[]`. */
export interface OcdsBid {
  readonly id: string;
  readonly status?: 'invited' | 'pending' | 'valid' | 'disqualified' | 'withdrawn';
  readonly tenderers?: readonly OrganizationReference[];
  readonly value?: OcdsValue;
}

/** Bid extension: `bids.statistics[]`. */
export interface OcdsBidStatistic {
  readonly id: string;
  readonly measure: string;
  readonly value: number;
  readonly date?: string;
}

export interface OcdsTender {
  readonly id: string;
  readonly title?: string;
  readonly description?: string;
  readonly status?:
    'planning' | 'planned' | 'active' | 'cancelled' | 'unsuccessful' | 'complete' | 'withdrawn';
  readonly procuringEntity?: OrganizationReference;
  readonly items?: readonly { readonly id: string; readonly description?: string }[];
  readonly value?: OcdsValue;
  readonly procurementMethod?: 'open' | 'selective' | 'limited' | 'direct';
  readonly procurementMethodDetails?: string;
  readonly procurementMethodRationale?: string;
  readonly mainProcurementCategory?: 'goods' | 'works' | 'services';
  readonly awardCriteria?: string;
  readonly awardCriteriaDetails?: string;
  readonly submissionMethod?: readonly string[];
  readonly tenderPeriod?: OcdsPeriod;
  readonly awardPeriod?: OcdsPeriod;
  readonly eligibilityCriteria?: string;
  readonly numberOfTenderers?: number;
  readonly tenderers?: readonly OrganizationReference[];
  readonly amendments?: readonly OcdsAmendment[];
  /** Core: whether questions were asked about the tender. */
  readonly hasEnquiries?: boolean;
  /** Enquiries extension: the questions and their public answers, without their author. */
  readonly enquiries?: readonly OcdsEnquiry[];
}

/** Enquiries extension: a question (`description`) and its answer; `author` is left out (the asker stays anonymous). */
export interface OcdsEnquiry {
  readonly id: string;
  readonly date?: string;
  readonly description?: string;
  readonly answer?: string;
  readonly dateAnswered?: string;
}

export interface OcdsAward {
  readonly id: string;
  readonly title?: string;
  readonly description?: string;
  readonly status?: 'pending' | 'active' | 'cancelled' | 'unsuccessful';
  readonly date?: string;
  readonly value?: OcdsValue;
  readonly suppliers?: readonly OrganizationReference[];
}

export interface OcdsContract {
  readonly id: string;
  readonly awardID?: string;
  readonly title?: string;
  readonly description?: string;
  readonly status?: 'pending' | 'active' | 'cancelled' | 'terminated';
  readonly period?: OcdsPeriod;
  readonly value?: OcdsValue;
  readonly dateSigned?: string;
  readonly amendments?: readonly OcdsAmendment[];
  /** Metrics extension: the indicator targets agreed in the contract. */
  readonly agreedMetrics?: readonly OcdsMetric[];
  readonly implementation?: {
    readonly milestones?: readonly OcdsMilestone[];
    readonly transactions?: readonly OcdsTransaction[];
    /** Metrics extension: indicator values reported with each delivery. */
    readonly metrics?: readonly OcdsMetric[];
  };
}

export interface Release {
  readonly ocid: string;
  readonly id: string;
  readonly date: string;
  readonly tag: readonly ReleaseTag[];
  readonly initiationType: 'tender';
  /**
   * Present (true) only on a sandbox ledger's releases (ADR 0010): training or integration data,
   * not a real contracting process. Not an OCDS field: the schema allows additional fields, and
   * the community checker lists it as one. It merges into the compiledRelease like any field.
   */
  readonly sandbox?: true;
  readonly parties?: readonly Organization[];
  readonly buyer?: OrganizationReference;
  readonly planning?: {
    readonly budget?: {
      readonly id?: string;
      readonly description?: string;
      readonly amount?: OcdsValue;
    };
  };
  readonly tender?: OcdsTender;
  /** Bid extension. */
  readonly bids?: {
    readonly statistics?: readonly OcdsBidStatistic[];
    readonly details?: readonly OcdsBid[];
  };
  readonly awards?: readonly OcdsAward[];
  readonly contracts?: readonly OcdsContract[];
}

/** The package metadata every release and record package carries (README "Configuration"). */
export interface PackageMetadata {
  readonly uri: string;
  readonly publisher: {
    readonly name: string;
    readonly scheme?: string;
    readonly uid?: string;
    readonly uri?: string;
  };
  readonly license?: string;
  readonly publicationPolicy?: string;
}

export interface ReleasePackage extends PackageMetadata {
  readonly version: '1.1';
  readonly extensions: readonly string[];
  readonly publishedDate: string;
  readonly releases: readonly Release[];
}

export interface OcdsRecord {
  readonly ocid: string;
  readonly releases: readonly Release[];
  readonly compiledRelease: Readonly<Record<string, unknown>>;
}

export interface RecordPackage extends PackageMetadata {
  readonly version: '1.1';
  readonly extensions: readonly string[];
  readonly publishedDate: string;
  readonly records: readonly OcdsRecord[];
}
