import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { apiGet } from '../api/client';
import { money, percent, shortId } from '../lib/format';
import { Link, Loaded, useApp, useLoad, useT } from '../ui';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** A bar chart; the table next to it carries the same figures for screen readers and keyboards. */
function Bars(props: {
  label: string;
  labels: string[];
  series: { name: string; values: number[] }[];
  max?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: props.labels,
        datasets: props.series.map((s) => ({ label: s.name, data: s.values })),
      },
      options: {
        animation: false,
        responsive: true,
        scales: { y: { beginAtZero: true, ...(props.max ? { max: props.max } : {}) } },
      },
    });
    return () => chart.destroy();
  }, [props.labels, props.series, props.max]);
  return <canvas ref={canvas} role="img" aria-label={props.label} height={110} />;
}

async function loadAll(token: string | undefined, signal: AbortSignal) {
  const [agencies, suppliers, policy] = await Promise.all([
    apiGet('/api/v1/accountability/agencies', { query: { limit: 100 }, token, signal }),
    apiGet('/api/v1/accountability/suppliers', { query: { limit: 100 }, token, signal }),
    apiGet('/api/v1/public/policy', { signal }),
  ]);
  return { agencies: agencies.items, suppliers: suppliers.items, policy };
}

export default function Accountability() {
  const t = useT();
  const { session, language } = useApp();
  const [load, retry] = useLoad((signal) => loadAll(session?.token, signal), [session?.token]);
  return (
    <section aria-labelledby="acc-title">
      <h1 id="acc-title">{t('acc.title')}</h1>
      <Loaded load={load} retry={retry}>
        {({ agencies, suppliers, policy }) => {
          const target = (policy as { policy: { competitiveShareTargetPercent: number } }).policy
            .competitiveShareTargetPercent;
          const a = agencies as unknown as {
            agencyId: string;
            competitiveShareBps: number;
            singleBidTenders: number;
            paymentsPaidLate: number;
            paymentsDue: number;
            contractValueMinor: number;
            monitoring: {
              contracts: number;
              current: number;
              endedEarly: number;
              items: { contractId: string; endRationale: string | null }[];
            };
          }[];
          const s = suppliers as unknown as {
            supplierId: string;
            name: string;
            milestonesOnTime: number;
            milestonesLate: number;
            acceptanceRateBps: number | null;
            moneyReceivedMinor: number;
          }[];
          const onTime = (x: (typeof s)[number]) =>
            x.milestonesOnTime + x.milestonesLate === 0
              ? null
              : Math.round((10_000 * x.milestonesOnTime) / (x.milestonesOnTime + x.milestonesLate));
          return (
            <>
              <h2>{t('acc.agencies')}</h2>
              <Bars
                label={`${t('acc.competitive')} / ${t('acc.target')} ${target} %`}
                labels={a.map((x) => shortId(x.agencyId))}
                series={[
                  { name: t('acc.competitive'), values: a.map((x) => x.competitiveShareBps / 100) },
                  { name: t('acc.target'), values: a.map(() => target) },
                ]}
                max={100}
              />
              <table>
                <thead>
                  <tr>
                    <th scope="col">agency</th>
                    <th scope="col" className="num">
                      {t('acc.competitive')} ({t('acc.target')} {target} %)
                    </th>
                    <th scope="col" className="num">
                      {t('acc.singleBid')}
                    </th>
                    <th scope="col" className="num">
                      {t('acc.late')}
                    </th>
                    <th scope="col" className="num">
                      {t('acc.monitored')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {a.map((x) => (
                    <tr key={x.agencyId}>
                      <td>{shortId(x.agencyId)}</td>
                      <td className={`num ${x.competitiveShareBps / 100 < target ? 'broken' : ''}`}>
                        {percent(x.competitiveShareBps)}
                      </td>
                      <td className="num">{x.singleBidTenders}</td>
                      <td className="num">
                        {x.paymentsPaidLate} / {x.paymentsDue}
                      </td>
                      {/* Each early end's rationale on hover: why the supervisor stopped watching. */}
                      <td
                        className="num"
                        title={x.monitoring.items
                          .filter((m) => m.endRationale !== null)
                          .map((m) => `${shortId(m.contractId)}: ${m.endRationale}`)
                          .join('\n')}
                      >
                        {x.monitoring.current} / {x.monitoring.contracts}; {x.monitoring.endedEarly}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h2>{t('acc.suppliers')}</h2>
              <Bars
                label={`${t('acc.onTime')}, ${t('acc.acceptance')}`}
                labels={s.map((x) => x.name)}
                series={[
                  { name: t('acc.onTime'), values: s.map((x) => (onTime(x) ?? 0) / 100) },
                  {
                    name: t('acc.acceptance'),
                    values: s.map((x) => (x.acceptanceRateBps ?? 0) / 100),
                  },
                ]}
                max={100}
              />
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('supplier.title')}</th>
                    <th scope="col" className="num">
                      {t('acc.onTime')}
                    </th>
                    <th scope="col" className="num">
                      {t('acc.acceptance')}
                    </th>
                    <th scope="col" className="num">
                      {t('acc.received')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {s.map((x) => (
                    <tr key={x.supplierId}>
                      <td>
                        <Link to={`/supervisor/suppliers/${x.supplierId}`}>{x.name}</Link>
                      </td>
                      <td className="num">{percent(onTime(x))}</td>
                      <td className="num">{percent(x.acceptanceRateBps)}</td>
                      <td className="num">{money(x.moneyReceivedMinor, 'CNY', language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
