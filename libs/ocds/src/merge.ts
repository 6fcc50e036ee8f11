import type { Release } from './ocds-types';

/**
 * OCDS 1.1 merge rules (standard: "Merging"), for the record's compiledRelease:
 * - releases are applied in order; a later value replaces an earlier one field by field;
 * - objects merge recursively;
 * - an array of objects that all have an `id` merges item by item on `id` (identity merge), so a
 *   release can add a transaction or update one milestone without repeating the others;
 * - any other array (strings such as `roles`, objects without ids), and the fields the schema
 *   marks `wholeListMerge`, replace the earlier array whole;
 * - `null` removes the field;
 * - `ocid`, `id`, `date` and `tag` of a release are `omitWhenMerged`; the compiled release gets
 *   `tag: ["compiled"]`, the latest release's date and the id `<ocid>-<date>` (as ocdsmerge does).
 * Both ways of compiling merge in place into objects of their own (never into a release), with
 * an id index per list kept across releases, so a release costs what it holds, not the record.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const WHOLE_LIST_MERGE: ReadonlySet<string> = new Set([
  'additionalIdentifiers',
  'additionalClassifications',
]);
const OMIT_WHEN_MERGED: ReadonlySet<string> = new Set(['ocid', 'id', 'date', 'tag']);

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasId = (value: unknown): boolean =>
  isObject(value) && (typeof value['id'] === 'string' || typeof value['id'] === 'number');

/** One id -> position index per list the merge has seen: kept across releases while the list object lives. */
const listIndexes = new WeakMap<Json[], Map<string, number>>();

/**
 * The compiled release so far merged with one more release, IN PLACE: `compiled` (null for the
 * first release) is changed and returned, so it must belong to the caller (the projection's own
 * row, decoded from the read store or built by it in this batch). `release` is never changed and
 * nothing of it is shared with the result. The projection calls it once per release: copying the
 * record on every release (copy-on-write, as this was) made a contract with thousands of
 * milestones cost a copy and an index of every milestone per release.
 */
export function mergeReleaseInto(
  compiled: Record<string, unknown> | null,
  release: Release,
): Record<string, unknown> {
  const into = (compiled ?? {}) as JsonObject;
  into['ocid'] = release.ocid;
  into['id'] = `${release.ocid}-${release.date}`;
  into['date'] = release.date;
  into['tag'] = ['compiled'];
  const fields = release as unknown as JsonObject;
  for (const key in fields) {
    if (!OMIT_WHEN_MERGED.has(key)) mergeInPlace(into, key, fields[key]!, listIndexes);
  }
  return into;
}

/**
 * compiledRelease of a whole record, releases in publication order. Merges in place into objects
 * it creates itself (never into the releases), with one id index per array kept across releases,
 * so compiling n releases costs what they hold, not n times the growing record.
 */
export function compileReleases(releases: readonly Release[]): Record<string, unknown> {
  if (releases.length === 0) throw new Error('A record needs at least one release');
  const indexes = new WeakMap<Json[], Map<string, number>>();
  const merged: JsonObject = {};
  for (const release of releases) {
    for (const [key, value] of Object.entries(release as unknown as JsonObject)) {
      if (!OMIT_WHEN_MERGED.has(key)) mergeInPlace(merged, key, value, indexes);
    }
  }
  const last = releases[releases.length - 1]!;
  return {
    ocid: last.ocid,
    id: `${last.ocid}-${last.date}`,
    date: last.date,
    tag: ['compiled'],
    ...merged,
  };
}

function mergeInPlace(
  target: JsonObject,
  key: string,
  value: Json,
  indexes: WeakMap<Json[], Map<string, number>>,
): void {
  if (value === null) {
    delete target[key];
  } else if (Array.isArray(value)) {
    if (WHOLE_LIST_MERGE.has(key) || value.length === 0 || !value.every(hasId)) {
      target[key] = copy(value);
      return;
    }
    let list = target[key];
    if (!Array.isArray(list)) target[key] = list = [];
    let index = indexes.get(list);
    if (index === undefined) {
      index = new Map();
      list.forEach((item, i) => {
        if (hasId(item)) index!.set(String((item as JsonObject)['id']), i);
      });
      indexes.set(list, index);
    }
    for (const item of value as JsonObject[]) {
      const id = String(item['id']);
      const at = index.get(id);
      let into = at === undefined ? undefined : list[at];
      if (!isObject(into)) {
        into = {};
        if (at === undefined) {
          index.set(id, list.length);
          list.push(into);
        } else {
          list[at] = into;
        }
      }
      for (const k in item) mergeInPlace(into, k, item[k]!, indexes);
    }
  } else if (isObject(value)) {
    let into = target[key];
    if (!isObject(into)) target[key] = into = {};
    for (const k in value) mergeInPlace(into, k, value[k]!, indexes);
  } else {
    target[key] = value;
  }
}

/**
 * A deep copy of JSON data (releases are parsed JSON or plain objects built by the mapping, so
 * `for...in` sees only their own fields): what JSON.parse(JSON.stringify()) gave, without the text.
 */
function copy(value: Json): Json {
  if (value === null || typeof value !== 'object') return value;
  // JSON.stringify writes an undefined item as null and drops an undefined field.
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : copy(item)));
  const out: JsonObject = {};
  for (const k in value) {
    const v = value[k];
    if (v !== undefined) out[k] = copy(v);
  }
  return out;
}
