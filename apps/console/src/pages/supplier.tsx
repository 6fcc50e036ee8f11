import { useState, type FormEvent } from 'react';
import { apiGet, apiPost } from '../api/client';
import { instant } from '../lib/format';
import { asFailure, type Failure } from '../lib/problem';
import { FailureMessage, Loaded, useApp, useLoad, useT } from '../ui';

interface Debarment {
  debarmentId: string;
  authority: string;
  grounds?: string;
  debarredAt: string;
  until?: string | null;
  liftedAt?: string | null;
}

/** One supplier for a supervisor: its debarments, and the debar / reinstate decisions. */
export function SupplierPage(props: { readonly id: string }) {
  const t = useT();
  const { session, language } = useApp();
  const [load, retry] = useLoad(
    (signal) =>
      apiGet('/api/v1/suppliers/{id}', { path: { id: props.id }, token: session?.token, signal }),
    [props.id, session?.token],
  );
  const [outcome, setOutcome] = useState<{ failure?: Failure; position?: number }>({});
  const act = async (run: () => Promise<{ position?: unknown }>) => {
    setOutcome({});
    try {
      const done = await run();
      setOutcome({ position: Number(done.position) });
      retry();
    } catch (error) {
      setOutcome({ failure: asFailure(error) });
    }
  };
  return (
    <Loaded load={load} retry={retry}>
      {(supplier) => {
        const s = supplier as unknown as {
          name: string;
          rating: string | null;
          debarred: boolean;
          debarments: Debarment[];
          debarmentProposals: { evidenceEventIds: string[]; proposalId: string }[];
        };
        const evidence = s.debarmentProposals.at(-1)?.evidenceEventIds ?? [];
        return (
          <article aria-labelledby="supplier-title">
            <h1 id="supplier-title">
              {t('supplier.title')}: {s.name}
            </h1>
            <p>
              rating {s.rating ?? '—'} ·{' '}
              {s.debarred ? <strong className="broken">debarred</strong> : 'not debarred'}
            </p>
            <div aria-live="polite">
              {outcome.failure ? <FailureMessage failure={outcome.failure} /> : null}
              {outcome.position ? (
                <p role="status" className="ok">
                  {t('supplier.done', { position: outcome.position })}
                </p>
              ) : null}
            </div>
            <h2>Debarments</h2>
            <ul>
              {s.debarments.map((d) => (
                <li key={d.debarmentId}>
                  {d.authority} · {instant(d.debarredAt, language)}{' '}
                  {d.liftedAt ? `· lifted ${instant(d.liftedAt, language)}` : ''}
                  {!d.liftedAt ? (
                    <LiftForm
                      onLift={(reason) =>
                        act(() =>
                          apiPost(
                            '/api/v1/suppliers/{id}/debarments/{debarmentId}/lift',
                            { reason },
                            {
                              path: { id: props.id, debarmentId: d.debarmentId },
                              token: session?.token,
                            },
                          ),
                        )
                      }
                    />
                  ) : null}
                </li>
              ))}
            </ul>
            <DebarForm
              evidence={evidence}
              onDebar={(body) =>
                act(() =>
                  apiPost('/api/v1/suppliers/{id}/debarments', body, {
                    path: { id: props.id },
                    token: session?.token,
                  }),
                )
              }
            />
          </article>
        );
      }}
    </Loaded>
  );
}

function LiftForm(props: { onLift: (reason: string) => Promise<void> }) {
  const t = useT();
  const [reason, setReason] = useState('');
  return (
    <form
      className="inline"
      onSubmit={(e) => {
        e.preventDefault();
        void props.onLift(reason);
      }}
    >
      <label>
        {t('supplier.reason')}{' '}
        <input value={reason} onChange={(e) => setReason(e.target.value)} required />
      </label>
      <button type="submit">{t('supplier.lift')}</button>
    </form>
  );
}

function DebarForm(props: {
  evidence: readonly string[];
  onDebar: (body: {
    grounds: string;
    authority: string;
    evidenceEventIds: string[];
  }) => Promise<void>;
}) {
  const t = useT();
  const [grounds, setGrounds] = useState('');
  const [authority, setAuthority] = useState('Municipal Finance Bureau');
  const [evidence, setEvidence] = useState(props.evidence.join(', '));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void props.onDebar({
      grounds,
      authority,
      evidenceEventIds: evidence.split(/[\s,]+/).filter((s) => s !== ''),
    });
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="debar-title">
      <h2 id="debar-title">{t('supplier.debar')}</h2>
      <label>
        {t('supplier.grounds')}{' '}
        <input
          name="grounds"
          value={grounds}
          onChange={(e) => setGrounds(e.target.value)}
          required
        />
      </label>
      <label>
        {t('supplier.authority')}{' '}
        <input value={authority} onChange={(e) => setAuthority(e.target.value)} required />
      </label>
      <label>
        evidence event ids <input value={evidence} onChange={(e) => setEvidence(e.target.value)} />
      </label>
      <button type="submit">{t('supplier.debar')}</button>
    </form>
  );
}
