import type {
  OcdsRecord,
  PackageMetadata,
  Release,
  ReleasePackage,
  RecordPackage,
} from './ocds-types';

/**
 * The OCDS extensions the releases use where the core schema has no field, declared in every
 * package's `extensions` (URLs of their extension.json; nothing here fetches them):
 * - bids (Bid statistics and details): `bids.statistics` and `bids.details` once bids are opened;
 * - metrics: `contracts[].agreedMetrics` (indicator targets) and
 *   `contracts[].implementation.metrics` (indicator values reported with each delivery);
 * - enquiries: `tender.enquiries` (clarification questions and their answers, no author).
 */
export const OCDS_EXTENSIONS: readonly string[] = [
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/v1.1/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/v1.1.5/extension.json',
];

export const OCDS_VERSION = '1.1' as const;

function metadata(meta: PackageMetadata): PackageMetadata {
  return {
    uri: meta.uri,
    publisher: meta.publisher,
    ...(meta.license !== undefined ? { license: meta.license } : {}),
    ...(meta.publicationPolicy !== undefined ? { publicationPolicy: meta.publicationPolicy } : {}),
  };
}

/**
 * `publishedDate`: for packages generated on demand, the standard asks for the date of the last
 * change to their contents, so the latest release date (`fallbackDate` when there is none).
 */
export function releasePackage(
  meta: PackageMetadata,
  releases: readonly Release[],
  fallbackDate: string,
): ReleasePackage {
  return {
    ...metadata(meta),
    version: OCDS_VERSION,
    extensions: OCDS_EXTENSIONS,
    publishedDate: latestDate(
      releases.map((r) => r.date),
      fallbackDate,
    ),
    releases,
  };
}

export function recordPackage(
  meta: PackageMetadata,
  records: readonly OcdsRecord[],
  fallbackDate: string,
): RecordPackage {
  return {
    ...metadata(meta),
    version: OCDS_VERSION,
    extensions: OCDS_EXTENSIONS,
    publishedDate: latestDate(
      records.flatMap((r) => r.releases.map((x) => x.date)),
      fallbackDate,
    ),
    records,
  };
}

/**
 * A release package written piece by piece (the bulk download, the CLI export): the head up to
 * the opening bracket of `releases`, then releases joined by commas, then the tail. The package
 * is the same JSON as releasePackage(...) without ever holding every release in memory;
 * `publishedDate` must therefore be known first (the date of the last release, from the store).
 */
export function releasePackageFrame(
  meta: PackageMetadata,
  publishedDate: string,
): { head: string; separator: string; tail: string } {
  const skeleton = JSON.stringify({
    ...metadata(meta),
    version: OCDS_VERSION,
    extensions: OCDS_EXTENSIONS,
    publishedDate,
    releases: [],
  });
  return { head: skeleton.slice(0, -2), separator: ',', tail: ']}' };
}

function latestDate(dates: readonly string[], fallback: string): string {
  return dates.reduce((latest, d) => (d > latest ? d : latest), dates[0] ?? fallback);
}
