import { project } from '@contract-ledger/projections/testing';
import { bidIdOf, EVALUATOR, id, OFFICER } from '@contract-ledger/projections/testing';
import { ocdsValidator } from './testing';
import {
  compileReleases,
  createOcdsProjection,
  mergeReleaseInto,
  ocdsProjection,
  ocdsRecords,
  ocdsReleases,
  OCDS_EXTENSIONS,
  recordPackage,
  releasePackage,
  releasePackageFrame,
  type OcdsContract,
  type PackageMetadata,
  type Release,
} from './index';
import { demoProgramme, PROGRAMME } from './testing';

const META: PackageMetadata = {
  uri: 'https://ledger.example.org/api/v1/public/ocds/releases',
  publisher: {
    name: 'Example Civil Affairs Bureau',
    scheme: 'CN-USCC',
    uid: '11110000000000000X',
    uri: 'https://ledger.example.org',
  },
  license: 'https://creativecommons.org/licenses/by/4.0/',
  publicationPolicy: 'https://ledger.example.org/publication-policy',
};

const events = demoProgramme();
const ocid = (tenderId: string): string => `ocds-ledger-${tenderId}`;

async function releasesOf(): Promise<{
  releases: Release[];
  records: Map<string, Record<string, unknown> | null>;
}> {
  const rows = await project(ocdsProjection, events);
  const releases = rows.rows(ocdsReleases).map((r) => r.release);
  const records = new Map(rows.rows(ocdsRecords).map((r) => [r.ocid, r.compiled]));
  return { releases, records };
}

describe('OCDS releases of a demo-like programme', () => {
  let releases: Release[];
  let compiled: Map<string, Record<string, unknown> | null>;
  const byOcid = (tenderId: string): Release[] => releases.filter((r) => r.ocid === ocid(tenderId));

  beforeAll(async () => {
    ({ releases, records: compiled } = await releasesOf());
  });

  it('every release, the release package and every record package are valid OCDS 1.1.5', () => {
    const validator = ocdsValidator();
    expect(releases.length).toBeGreaterThan(30);
    for (const release of releases)
      expect({ id: release.id, errors: validator.errors('release', release) }).toEqual({
        id: release.id,
        errors: [],
      });
    // With the declared extensions applied: bids and metrics are checked, not only tolerated.
    for (const release of releases)
      expect({ id: release.id, errors: validator.errors('extended-release', release) }).toEqual({
        id: release.id,
        errors: [],
      });
    expect(
      validator.errors(
        'release-package',
        releasePackage(META, releases, '2026-01-01T00:00:00.000Z'),
      ),
    ).toEqual([]);
    // The streamed frame is the same package.
    const frame = releasePackageFrame(META, releases.at(-1)!.date);
    const streamed = JSON.parse(
      frame.head + releases.map((r) => JSON.stringify(r)).join(frame.separator) + frame.tail,
    );
    expect(streamed).toEqual(releasePackage(META, releases, 'unused'));
    for (const [key, compiledRelease] of compiled) {
      if (compiledRelease === null) continue;
      const own = releases.filter((r) => r.ocid === key);
      const pkg = recordPackage(META, [{ ocid: key, releases: own, compiledRelease }], 'unused');
      expect({ key, errors: validator.errors('record-package', pkg) }).toEqual({ key, errors: [] });
      expect(validator.errors('release', compiledRelease)).toEqual([]);
    }
  });

  it('the validator does catch an invalid release (the schema is really applied)', () => {
    const validator = ocdsValidator();
    const bad = { ...releases[0]!, tag: ['notATag'], date: 'yesterday' };
    expect(validator.errors('release', bad).join('\n')).toMatch(
      /date must match format "date-time"[\s\S]*tag\/0 must be equal to one of the allowed values/,
    );
    // An extension field the core tolerates is checked once the extensions apply.
    const badBid = { ...releases[0]!, bids: { details: [{ id: 'b1', status: 'opened' }] } };
    expect(validator.errors('release', badBid)).toEqual([]);
    expect(validator.errors('extended-release', badBid).join('\n')).toMatch(
      /bids\/details\/0\/status must be equal to one of the allowed values/,
    );
    expect(
      validator.errors('release-package', {
        ...releasePackage(META, releases.slice(0, 1), 'x'),
        uri: 'not a uri',
      }),
    ).not.toEqual([]);
  });

  it('ids: ocid = prefix + tender id, release id = event id, date = recordedAt, one release per event at most', () => {
    const eventById = new Map(events.map((e) => [e.eventId, e]));
    for (const release of releases) {
      const event = eventById.get(release.id)!;
      expect(event).toBeDefined();
      expect(release.date).toBe(event.recordedAt);
    }
    expect(new Set(releases.map((r) => r.id)).size).toBe(releases.length);
    expect(new Set(releases.map((r) => r.ocid))).toEqual(
      new Set(
        [
          PROGRAMME.tenders.amended,
          PROGRAMME.tenders.override,
          PROGRAMME.tenders.failed,
          PROGRAMME.tenders.cancelled,
          PROGRAMME.tenders.direct,
        ].map(ocid),
      ),
    );
    const custom = createOcdsProjection(
      { ocidPrefix: 'ocds-abc123', supplierIdentifierScheme: 'GB-COH' },
      2,
    );
    return project(custom, events).then((rows) => {
      const first = rows.rows(ocdsReleases)[0]!.release;
      expect(first.ocid).toBe(`ocds-abc123-${PROGRAMME.tenders.amended}`);
    });
  });

  it('tags follow the process: tender, planning update, amendment, enquiries, opening, award, contract, implementation, amendment, termination', () => {
    const eventType = new Map(events.map((e) => [e.eventId, e.type]));
    const t1 = byOcid(PROGRAMME.tenders.amended).map(
      (r) => `${eventType.get(r.id)}:${r.tag.join(',')}`,
    );
    expect(t1.slice(0, 9)).toEqual([
      'TenderPublished:tender',
      'FundsReserved:planningUpdate',
      'TenderAmended:tenderAmendment',
      'ReservationResized:planningUpdate',
      'QuestionAsked:tenderUpdate',
      'QuestionAnswered:tenderUpdate',
      'BidsOpened:tenderUpdate',
      'BidDisqualified:tenderUpdate',
      'TenderAwarded:award',
    ]);
    expect(t1).toContain('ContractSigned:contract');
    expect(t1).toContain('ContractAmended:contractAmendment');
    expect(t1).toContain('FundsDisbursed:implementation');
    expect(t1).toContain('MilestoneEvaluated:implementation');
    expect(t1.at(-1)).toBe('ContractCompleted:contractTermination');
    const types = (tenderId: string) =>
      byOcid(tenderId).map((r) => `${eventType.get(r.id)}:${r.tag[0]}`);
    expect(types(PROGRAMME.tenders.failed)).toEqual([
      'TenderPublished:tender',
      'FundsReserved:planningUpdate',
      'TenderFailed:tenderUpdate',
    ]);
    expect(types(PROGRAMME.tenders.cancelled)).toEqual([
      'TenderPublished:tender',
      'FundsReserved:planningUpdate',
      'TenderCancelled:tenderCancellation',
    ]);
    expect(types(PROGRAMME.tenders.override)).toContain('ContractTerminated:contractTermination');
    // Never public: no release, no record.
    expect(byOcid(PROGRAMME.tenders.draftOnly)).toEqual([]);
    expect(compiled.get(ocid(PROGRAMME.tenders.draftOnly))).toBeNull();
  });

  it('sealed bids: nothing of a bid before its opening, and a failed tender never shows one', () => {
    const t1 = byOcid(PROGRAMME.tenders.amended);
    const openingAt = t1.findIndex((r) => r.bids !== undefined);
    const beforeOpening = JSON.stringify(t1.slice(0, openingAt));
    for (let i = 0; i < 5; i++)
      expect(beforeOpening).not.toContain(bidIdOf(PROGRAMME.tenders.amended, i));
    expect(beforeOpening).not.toContain('2900000');
    expect(beforeOpening).not.toContain('"tenderer"');
    // The withdrawn bid is never disclosed; the opened ones are, with their prices.
    const opened = t1[openingAt]!;
    expect(opened.bids!.details!.map((b) => b.id).sort()).toEqual(
      [0, 1, 2, 4].map((i) => bidIdOf(PROGRAMME.tenders.amended, i)).sort(),
    );
    expect(
      opened.bids!.details!.find((b) => b.id === bidIdOf(PROGRAMME.tenders.amended, 0))!.value,
    ).toEqual({ amount: 29_000, currency: 'CNY' });
    const failed = JSON.stringify(byOcid(PROGRAMME.tenders.failed));
    expect(failed).not.toContain('"bids"');
    expect(failed).not.toContain(bidIdOf(PROGRAMME.tenders.failed, 0));
    expect(failed).not.toContain('"tenderer"');
  });

  it('clarifications: tender.enquiries (Enquiries extension) with the question and its answer, the asker anonymous', () => {
    const t1 = byOcid(PROGRAMME.tenders.amended);
    const asked = t1.find((r) => r.tender?.enquiries?.some((e) => e.description !== undefined))!;
    const answered = t1.find((r) => r.tender?.enquiries?.some((e) => e.answer !== undefined))!;
    expect([asked.tag, answered.tag]).toEqual([['tenderUpdate'], ['tenderUpdate']]);
    expect(asked.tender).toMatchObject({ hasEnquiries: true });
    // The asker (supplier 4) is named nowhere before it is a tenderer at opening, and no enquiry has an author.
    const beforeOpening = JSON.stringify(
      t1.slice(
        0,
        t1.findIndex((r) => r.bids !== undefined),
      ),
    );
    expect(beforeOpening).not.toContain(PROGRAMME.suppliers[4]);
    expect(beforeOpening).not.toContain('enquirer');
    const record = compiled.get(ocid(PROGRAMME.tenders.amended)) as {
      tender: { hasEnquiries: boolean; enquiries: Record<string, unknown>[] };
    };
    expect(record.tender.hasEnquiries).toBe(true);
    expect(record.tender.enquiries).toEqual([
      {
        id: PROGRAMME.question,
        date: expect.any(String),
        description: 'Are weekend visits part of the service?',
        answer: 'Yes, on request of the resident',
        dateAnswered: expect.any(String),
      },
    ]);
  });

  it("no person: evaluators, officers, supplier staff, conflict declarations and evaluators' comments are never published", () => {
    const all = JSON.stringify({ releases, compiled: [...compiled.values()] });
    for (const person of [EVALUATOR, OFFICER, id(0x5555), id(0xffff)])
      expect(all).not.toContain(person);
    expect(all).not.toContain('Former employee');
    expect(all).not.toContain('Missing licence');
  });

  it('parties carry their roles and identifiers; transactions name payer and payee', () => {
    const record = compiled.get(ocid(PROGRAMME.tenders.amended))! as {
      parties: { id: string; roles: string[]; identifier?: { scheme: string; id: string } }[];
      contracts: OcdsContract[];
    };
    const agency = record.parties.find((p) => p.id === PROGRAMME.agency)!;
    expect([...agency.roles].sort()).toEqual(['buyer', 'payer', 'procuringEntity']);
    const winner = record.parties.find((p) => p.id === PROGRAMME.suppliers[0])!;
    expect([...winner.roles].sort()).toEqual(['payee', 'supplier', 'tenderer']);
    expect(winner.identifier).toEqual({
      scheme: 'CN-USCC',
      id: `R-${PROGRAMME.suppliers[0].slice(-4)}`,
      legalName: 'Community Care Org 1',
    });
    const loser = record.parties.find((p) => p.id === PROGRAMME.suppliers[1])!;
    expect(loser.roles).toEqual(['tenderer']);
    // The withdrawn bidder is no tenderer.
    expect(record.parties.some((p) => p.id === PROGRAMME.suppliers[3])).toBe(false);
    const [contract] = record.contracts;
    expect(
      contract!.implementation!.transactions!.map((t) => [
        t.value!.amount,
        t.payer!.id,
        t.payee!.id,
      ]),
    ).toEqual([
      [5_000, PROGRAMME.agency, PROGRAMME.suppliers[0]],
      // 9,666.66 accepted; the 5,000 advance is recovered from it first.
      [4_666.66, PROGRAMME.agency, PROGRAMME.suppliers[0]],
      [4_833.33, PROGRAMME.agency, PROGRAMME.suppliers[0]],
      [2_000, PROGRAMME.agency, PROGRAMME.suppliers[0]],
    ]);
  });

  it('the compiled record is the OCDS merge of its releases: milestones by id with their last status, amendments, final value and status', () => {
    for (const [key, record] of compiled) {
      const own = releases.filter((r) => r.ocid === key);
      if (own.length > 0) expect(record).toEqual(compileReleases(own));
    }
    const record = compiled.get(ocid(PROGRAMME.tenders.amended))! as {
      tender: { title: string; status: string; amendments: unknown[] };
      contracts: OcdsContract[];
      tag: string[];
    };
    expect(record.tag).toEqual(['compiled']);
    expect(record.tender.title).toBe('Home care for the elderly, districts 3 and 4');
    expect(
      (record as unknown as { planning: { budget: { amount: unknown } } }).planning.budget.amount,
    ).toEqual({ amount: 32_000, currency: 'CNY' });
    expect(record.tender.status).toBe('complete');
    expect(record.tender.amendments).toHaveLength(1);
    // It voided the one bid received before it; how many is not public before opening (ADR 0006).
    expect(record.tender.amendments[0]).toMatchObject({
      description:
        'Material change of title, estimatedValue; bids received before it must be confirmed',
    });
    const contract = record.contracts[0]!;
    expect(contract.status).toBe('terminated');
    expect(contract.value).toEqual({ amount: 31_000, currency: 'CNY' });
    expect(contract.amendments).toHaveLength(1);
    expect(contract.implementation!.milestones!.map((m) => [m.title, m.status])).toEqual([
      ['Phase 1', 'met'],
      ['Phase 2', 'partiallyMet'],
      ['Phase 3', 'notMet'],
      ['Phase 4', 'met'],
    ]);
    expect(contract.implementation!.metrics!.length).toBeGreaterThan(0);
    const terminated = compiled.get(ocid(PROGRAMME.tenders.override))! as {
      awards: { description?: string }[];
      contracts: OcdsContract[];
    };
    expect(terminated.awards[0]!.description).toMatch(/Not awarded to the best weighted score/);
    expect(terminated.contracts[0]!.status).toBe('terminated');
    expect(compiled.get(ocid(PROGRAMME.tenders.failed))).toMatchObject({
      tender: { status: 'unsuccessful' },
    });
    expect(compiled.get(ocid(PROGRAMME.tenders.cancelled))).toMatchObject({
      tender: { status: 'cancelled' },
    });
  });
});

describe('OCDS merge rules', () => {
  const base = { ocid: 'ocds-ledger-x', initiationType: 'tender' as const };
  const r = (n: number, body: Record<string, unknown>): Release =>
    ({
      ...base,
      id: `r${n}`,
      date: `2026-01-0${n}T00:00:00.000Z`,
      tag: ['tenderUpdate'],
      ...body,
    }) as Release;

  it('merges objects field by field, arrays of objects by id, replaces other arrays, and null removes', () => {
    const compiled = compileReleases([
      r(1, {
        tender: { id: 't', title: 'A', status: 'active', submissionMethod: ['written'] },
        parties: [{ id: 'p1', roles: ['buyer'] }],
      }),
      r(2, {
        tender: { id: 't', status: 'complete', submissionMethod: ['electronicSubmission'] },
        parties: [
          { id: 'p1', roles: ['buyer', 'payer'] },
          { id: 'p2', roles: ['supplier'] },
        ],
      }),
      r(3, { tender: { id: 't', title: null } }),
    ]);
    expect(compiled).toEqual({
      ocid: 'ocds-ledger-x',
      id: 'ocds-ledger-x-2026-01-03T00:00:00.000Z',
      date: '2026-01-03T00:00:00.000Z',
      tag: ['compiled'],
      initiationType: 'tender',
      tender: { id: 't', status: 'complete', submissionMethod: ['electronicSubmission'] },
      parties: [
        { id: 'p1', roles: ['buyer', 'payer'] },
        { id: 'p2', roles: ['supplier'] },
      ],
    });
  });

  it('never mutates a release; merging one release at a time equals compiling them all, key order included', () => {
    const first = r(1, {
      contracts: [
        {
          id: 'c',
          implementation: { transactions: [{ id: 'x', value: { amount: 1, currency: 'CNY' } }] },
        },
      ],
    });
    const second = r(2, {
      contracts: [
        {
          id: 'c',
          implementation: {
            transactions: [{ id: 'y' }, { id: 'x', date: '2026-01-02T00:00:00Z' }],
          },
        },
      ],
      tender: { id: 't', submissionMethod: ['written'] },
    });
    const third = r(3, {
      contracts: [{ id: 'c', implementation: { transactions: [{ id: 'y', date: 'later' }] } }],
      tender: { id: 't', submissionMethod: null },
    });
    const snapshots = [first, second, third].map((release) => JSON.stringify(release));
    const compiled = compileReleases([first, second, third]);
    // The projection merges into its own row: kept in memory within a batch, decoded from JSON
    // (new lists, so new id indexes) across batches. Both must give the same record.
    const inMemory = mergeReleaseInto(
      mergeReleaseInto(mergeReleaseInto(null, first), second),
      third,
    );
    const decoded = mergeReleaseInto(
      JSON.parse(JSON.stringify(mergeReleaseInto(null, first))) as Record<string, unknown>,
      second,
    );
    const acrossBatches = mergeReleaseInto(
      JSON.parse(JSON.stringify(decoded)) as Record<string, unknown>,
      third,
    );
    expect([first, second, third].map((release) => JSON.stringify(release))).toEqual(snapshots);
    expect(JSON.stringify(inMemory)).toBe(JSON.stringify(compiled));
    expect(JSON.stringify(acrossBatches)).toBe(JSON.stringify(compiled));
    // Nothing of a release is shared with the record: changing the record leaves it as it was.
    ((inMemory['tender'] as Record<string, unknown>)['id'] as unknown) = 'changed';
    expect(JSON.stringify(second)).toBe(snapshots[1]);
  });
});

describe('package metadata', () => {
  it('declares the extensions; publishedDate is the latest release date, or the fallback for none', () => {
    expect(releasePackage(META, [], '2026-01-01T00:00:00.000Z')).toMatchObject({
      version: '1.1',
      extensions: OCDS_EXTENSIONS,
      publishedDate: '2026-01-01T00:00:00.000Z',
    });
    const dated = (date: string) =>
      ({ ocid: 'o', id: date, date, tag: ['tender'], initiationType: 'tender' }) as Release;
    expect(
      releasePackage(META, [dated('2026-01-02T00:00:00Z'), dated('2026-01-03T00:00:00Z')], 'x')
        .publishedDate,
    ).toBe('2026-01-03T00:00:00Z');
  });
});

describe('a sandbox ledger (ADR 0010)', () => {
  it('marks every release and compiled release sandbox: true, still valid OCDS 1.1.5; production releases carry no such field', async () => {
    const sandboxEvents = events.map((e) => ({ ...e, metadata: { ...e.metadata, sandbox: true } }));
    const rows = await project(ocdsProjection, sandboxEvents);
    const releases = rows.rows(ocdsReleases).map((r) => r.release);
    const compiled = rows.rows(ocdsRecords).flatMap((r) => (r.compiled ? [r.compiled] : []));
    expect(releases.length).toBeGreaterThan(30);
    expect(releases.every((r) => r.sandbox === true)).toBe(true);
    expect(compiled.every((c) => c['sandbox'] === true)).toBe(true);
    const validator = ocdsValidator();
    for (const release of releases)
      expect({ id: release.id, errors: validator.errors('extended-release', release) }).toEqual({
        id: release.id,
        errors: [],
      });
    expect(
      validator.errors(
        'release-package',
        releasePackage(META, releases, '2026-01-01T00:00:00.000Z'),
      ),
    ).toEqual([]);
    for (const c of compiled) expect(validator.errors('release', c)).toEqual([]);
    const production = (await releasesOf()).releases;
    expect(production.some((r) => 'sandbox' in r)).toBe(false);
  });
});
