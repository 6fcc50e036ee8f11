import { apiGet } from '../api/client';
import { instant, money, shortId } from '../lib/format';
import { term } from '../lib/i18n';
import type { HistoryItem } from '../lib/timeline';
import { Link, Loaded, useApp, useLoad, useT } from '../ui';

interface Money {
  readonly amountMinor: number;
  readonly currency: string;
}

/** What the public may see of one tender: notice, criteria, deadlines, award, contract, milestones, payments. */
async function loadTender(id: string, signal: AbortSignal) {
  const [tender, history, releases] = await Promise.all([
    apiGet('/api/v1/public/tenders/{id}', { path: { id }, signal }),
    apiGet('/api/v1/audit/tenders/{id}/history', { path: { id }, query: { limit: 500 }, signal }),
    apiGet('/api/v1/ocds/releases', { query: { limit: 1 }, signal }).catch(() => undefined),
  ]);
  const items = history.items as unknown as HistoryItem[];
  const signed = items.find((e) => e.type === 'ContractSigned');
  const contractId = (signed?.data as { contractId?: string } | undefined)?.contractId;
  const contract = contractId
    ? await apiGet('/api/v1/public/contracts/{contractId}', { path: { contractId }, signal })
    : undefined;
  const payments = items.filter((e) => e.type === 'DisbursementRecorded');
  const sample = (releases?.releases as { ocid?: string }[] | undefined)?.[0]?.ocid;
  // ocids are <prefix>-<tender id>; the prefix is the deployment's (LEDGER_OCID_PREFIX).
  const ocid = sample ? `${sample.slice(0, sample.length - 36)}${id}` : undefined;
  return { tender, contract, payments, ocid };
}

export function TenderPage(props: { readonly id: string }) {
  const t = useT();
  const { language, session } = useApp();
  const [load, retry] = useLoad((signal) => loadTender(props.id, signal), [props.id]);
  const m = (v: Money | null | undefined) => (v ? money(v.amountMinor, v.currency, language) : '—');
  return (
    <Loaded load={load} retry={retry}>
      {({ tender, contract, payments, ocid }) => {
        const award = tender.award as {
          supplierId: string;
          amount: Money;
          awardedAt: string;
          weightedScore: number;
        } | null;
        return (
          <article aria-labelledby="tender-title">
            <h1 id="tender-title">{tender.title}</h1>
            <p>
              <span className={`status s-${tender.status}`}>{term(language, tender.status)}</span> ·{' '}
              {term(language, tender.method)} · {term(language, tender.serviceCategory)}
            </p>
            <section aria-labelledby="notice">
              <h2 id="notice">{t('tender.notice')}</h2>
              <dl className="facts">
                <dt>{t('col.value')}</dt>
                <dd>{m(tender.estimatedValue as Money)}</dd>
                <dt>{t('tender.published')}</dt>
                <dd>{instant(tender.publishedAt as string | null, language)}</dd>
                <dt>{t('col.deadline')}</dt>
                <dd>{instant(tender.deadline as string | null, language)}</dd>
                <dt>contract type</dt>
                <dd>{term(language, tender.contractType)}</dd>
                <dt>payment model</dt>
                <dd>{term(language, tender.paymentModel)}</dd>
              </dl>
            </section>
            <section aria-labelledby="criteria">
              <h2 id="criteria">{t('tender.criteria')}</h2>
              <ul>
                {(tender.criteria as { criterionId: string; name: string; weight: number }[]).map(
                  (c) => (
                    <li key={c.criterionId}>
                      {c.name}: {t('tender.weight')} {c.weight}
                    </li>
                  ),
                )}
              </ul>
            </section>
            <section aria-labelledby="award">
              <h2 id="award">{t('tender.award')}</h2>
              {award ? (
                <p>
                  {shortId(award.supplierId)} · {m(award.amount)} ·{' '}
                  {instant(award.awardedAt, language)}
                </p>
              ) : (
                <p>{t('tender.noAward')}</p>
              )}
            </section>
            {contract ? (
              <section aria-labelledby="contract">
                <h2 id="contract">{t('tender.contract')}</h2>
                <p>
                  {term(language, contract.status)} · {m(contract.value as Money)} ·{' '}
                  {instant(contract.signedAt, language)}
                </p>
                <h3>{t('tender.milestones')}</h3>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('col.title')}</th>
                      <th scope="col">due</th>
                      <th scope="col" className="num">
                        amount
                      </th>
                      <th scope="col">verdict</th>
                      <th scope="col" className="num">
                        {t('tender.payments')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {(
                      contract.milestones as {
                        milestoneId: string;
                        title: string;
                        dueAt: string;
                        amount: Money;
                        verdict: string | null;
                        paid: Money;
                      }[]
                    ).map((ms) => (
                      <tr key={ms.milestoneId}>
                        <td>{ms.title}</td>
                        <td>{instant(ms.dueAt, language)}</td>
                        <td className="num">{m(ms.amount)}</td>
                        <td>{ms.verdict ?? '—'}</td>
                        <td className="num">{m(ms.paid)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <p>
                  {t('tender.payments')}: {payments.length}
                </p>
              </section>
            ) : null}
            <section aria-labelledby="open-data">
              <h2 id="open-data">{t('tender.open')}</h2>
              <ul>
                {ocid ? (
                  <li>
                    <a href={`/api/v1/ocds/records/${ocid}`} download>
                      OCDS record {ocid}
                    </a>
                  </li>
                ) : null}
                <li>
                  <a href="/api/v1/ocds/releases">OCDS release package</a>
                </li>
                <li>
                  <a href="/api/v1/ocds/bulk" download>
                    OCDS bulk download
                  </a>
                </li>
              </ul>
            </section>
            {session && (session.role === 'auditor' || session.role === 'supervisor') ? (
              <p>
                <Link to={`/audit/tenders/${props.id}`}>{t('tender.timeline')}</Link>
              </p>
            ) : null}
          </article>
        );
      }}
    </Loaded>
  );
}
