import { apiGet } from '../api/client';
import { instant } from '../lib/format';
import { Link, Loaded, useApp, useLoad, useT } from '../ui';

/** Red flags with their provenance: each links to its procurement's timeline, its events marked. */
export function RedFlags() {
  const t = useT();
  const { session, language } = useApp();
  const [load, retry] = useLoad(
    (signal) =>
      apiGet('/api/v1/red-flags', { query: { limit: 200 }, token: session?.token, signal }),
    [session?.token],
  );
  return (
    <section aria-labelledby="flags-title">
      <h1 id="flags-title">{t('flags.title')}</h1>
      <Loaded load={load} retry={retry}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('flags.none')}</p>
          ) : (
            <table data-testid="red-flags">
              <thead>
                <tr>
                  <th scope="col">{t('flags.code')}</th>
                  <th scope="col">{t('flags.summary')}</th>
                  <th scope="col">{t('flags.raised')}</th>
                  <th scope="col">{t('flags.events')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((f) => {
                  const flag = f as unknown as {
                    flagId: string;
                    code: string;
                    summary: string;
                    raisedAt: string;
                    tenderId: string | null;
                    supplierId: string | null;
                    eventIds: string[];
                  };
                  return (
                    <tr key={flag.flagId}>
                      <td>
                        <code>{flag.code}</code>
                      </td>
                      <td>{flag.summary}</td>
                      <td>{instant(flag.raisedAt, language)}</td>
                      <td>
                        {flag.tenderId ? (
                          <Link
                            to={`/audit/tenders/${flag.tenderId}?highlight=${flag.eventIds.join(',')}`}
                          >
                            {flag.eventIds.length} event(s) in the timeline
                          </Link>
                        ) : null}
                        {flag.supplierId ? (
                          <>
                            {' · '}
                            <Link to={`/supervisor/suppliers/${flag.supplierId}`}>supplier</Link>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </section>
  );
}
