import { useState } from 'react';
import { apiGet } from '../api/client';
import { asFailure, type Failure } from '../lib/problem';
import { FailureMessage, Link, Loaded, useApp, useLoad, useT } from '../ui';

type Verify =
  | { ok: true; from: number; to: number; checked: number; headHash: string }
  | { ok: false; position: number; code: string; reason: string; checked: number };

/** The auditor's start: verify the chain (and the checkpoint that covers it), open a timeline. */
export function AuditHome() {
  const t = useT();
  const { session } = useApp();
  const [result, setResult] = useState<
    { verify: Verify; checkpoint: string | undefined; keys: string } | undefined
  >();
  const [failure, setFailure] = useState<Failure | undefined>();
  const [busy, setBusy] = useState(false);
  const [tenders, retry] = useLoad(
    (signal) => apiGet('/api/v1/public/tenders', { query: { limit: 100 }, signal }),
    [],
  );

  const verify = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const [verified, checkpoint, keys] = await Promise.all([
        apiGet('/api/v1/audit/verify', { token: session?.token }),
        apiGet('/log/checkpoint')
          .then(String)
          .catch(() => undefined),
        apiGet('/log/keys').catch(() => undefined),
      ]);
      const current = (
        keys as { keys?: { key: string; current: boolean }[] } | undefined
      )?.keys?.find((k) => k.current);
      setResult({ verify: verified as unknown as Verify, checkpoint, keys: current?.key ?? '' });
    } catch (error) {
      setFailure(asFailure(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <div className="card">
        <button
          type="button"
          onClick={() => void verify()}
          disabled={busy}
          aria-describedby="verify-result"
        >
          {t('audit.verify')}
        </button>
        <div id="verify-result" aria-live="polite">
          {failure ? <FailureMessage failure={failure} retry={() => void verify()} /> : null}
          {result ? (
            result.verify.ok ? (
              <p className="ok" data-testid="verify-ok">
                ✔{' '}
                {t('audit.verifyOk', {
                  checked: result.verify.checked,
                  from: result.verify.from,
                  to: result.verify.to,
                })}
              </p>
            ) : (
              <p className="broken" role="alert" data-testid="verify-broken">
                ✘{' '}
                {t('audit.verifyBroken', {
                  position: result.verify.position,
                  reason: result.verify.reason,
                  code: result.verify.code,
                })}
              </p>
            )
          ) : null}
          {result?.checkpoint ? (
            <>
              <h2>{t('audit.checkpoint')}</h2>
              <pre className="checkpoint">{result.checkpoint}</pre>
              {result.verify.ok ? (
                <p data-testid="checkpoint-covers">
                  {t('audit.covers', {
                    // A checkpoint note's second line is its tree size (C2SP tlog-checkpoint).
                    size: result.checkpoint.split('\n')[1] ?? '?',
                    to: result.verify.to,
                  })}
                </p>
              ) : null}
              {result.keys ? (
                <p>
                  key: <code>{result.keys}</code>
                </p>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
      <h2>{t('audit.pick')}</h2>
      <Loaded load={tenders} retry={retry}>
        {(page) => (
          <ul className="columns">
            {page.items.map((r) => (
              <li key={r.tenderId}>
                <Link to={`/audit/tenders/${r.tenderId}`}>{r.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
