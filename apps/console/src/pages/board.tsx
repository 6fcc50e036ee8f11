import { useMemo, useState } from 'react';
import { apiGet, type Ok } from '../api/client';
import { money, instant } from '../lib/format';
import { term } from '../lib/i18n';
import { asFailure, type Failure } from '../lib/problem';
import { FailureMessage, Link, Loaded, useApp, useLoad, useT } from '../ui';

type Row = Ok<'/api/v1/public/tenders'>['items'][number];
const CATEGORIES = ['elderly_care', 'child_welfare', 'community_services', 'training'];
const STATUSES = ['published', 'bids_opened', 'evaluating', 'awarded', 'failed', 'cancelled'];
const METHODS = ['open', 'invited', 'competitive_negotiation', 'direct_commission'];

/** The public board: every published tender, filtered by category (server) and text, status, method (here). */
export function Board() {
  const t = useT();
  const { language } = useApp();
  const [category, setCategory] = useState('');
  const [status, setStatus] = useState('');
  const [method, setMethod] = useState('');
  const [text, setText] = useState('');
  const [more, setMore] = useState<{ items: Row[]; cursor: string | null; failure?: Failure }>({
    items: [],
    cursor: null,
  });
  const [load, retry] = useLoad(
    async (signal) => {
      const page = await apiGet('/api/v1/public/tenders', {
        query: { limit: 100, ...(category ? { serviceCategory: category } : {}) },
        signal,
      });
      setMore({ items: [], cursor: page.nextCursor as string | null });
      return page.items;
    },
    [category],
  );
  const loadMore = async () => {
    try {
      const page = await apiGet('/api/v1/public/tenders', {
        query: {
          limit: 100,
          cursor: more.cursor ?? '',
          ...(category ? { serviceCategory: category } : {}),
        },
      });
      setMore((m) => ({
        items: [...m.items, ...page.items],
        cursor: page.nextCursor as string | null,
      }));
    } catch (error) {
      setMore((m) => ({ ...m, failure: asFailure(error) }));
    }
  };
  const select = (label: string, value: string, set: (v: string) => void, options: string[]) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t('board.any')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {term(language, o)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="board-title">
      <h1 id="board-title">{t('board.title')}</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('board.search')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        {select(t('board.category'), category, setCategory, CATEGORIES)}
        {select(t('board.status'), status, setStatus, STATUSES)}
        {select(t('board.method'), method, setMethod, METHODS)}
      </form>
      <Loaded load={load} retry={retry}>
        {(first) => (
          <BoardTable
            rows={[...first, ...more.items]}
            text={text}
            status={status}
            method={method}
          />
        )}
      </Loaded>
      {more.failure ? (
        <FailureMessage failure={more.failure} retry={() => void loadMore()} />
      ) : null}
      {more.cursor ? (
        <button type="button" onClick={() => void loadMore()}>
          {t('board.more')}
        </button>
      ) : null}
    </section>
  );
}

function BoardTable(props: { rows: readonly Row[]; text: string; status: string; method: string }) {
  const t = useT();
  const { language } = useApp();
  const rows = useMemo(() => {
    const needle = props.text.trim().toLowerCase();
    return props.rows.filter(
      (r) =>
        (!needle || r.title.toLowerCase().includes(needle)) &&
        (!props.status || r.status === props.status) &&
        (!props.method || r.method === props.method),
    );
  }, [props.rows, props.text, props.status, props.method]);
  if (rows.length === 0) return <p>{t('board.none')}</p>;
  return (
    <>
      <p className="count" aria-live="polite">
        {t('board.count', { n: rows.length })}
      </p>
      <table className="board">
        <thead>
          <tr>
            <th scope="col">{t('col.title')}</th>
            <th scope="col">{t('col.status')}</th>
            <th scope="col">{t('col.method')}</th>
            <th scope="col">{t('col.category')}</th>
            <th scope="col" className="num">
              {t('col.value')}
            </th>
            <th scope="col">{t('col.deadline')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.tenderId}>
              <td>
                <Link to={`/tenders/${r.tenderId}`}>{r.title}</Link>
              </td>
              <td>
                <span className={`status s-${r.status}`}>{term(language, r.status)}</span>
              </td>
              <td>{term(language, r.method)}</td>
              <td>{term(language, r.serviceCategory)}</td>
              <td className="num">{money(r.estimatedValue, r.currency, language)}</td>
              <td>{instant(r.deadline, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
