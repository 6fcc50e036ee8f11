import { useState, type FormEvent } from 'react';
import { consoleConfig, devToken } from '../api/client';
import { asFailure, type Failure } from '../lib/problem';
import { sessionFromToken } from '../lib/session';
import { FailureMessage, Loaded, useApp, useLoad, useT } from '../ui';

const ROLES = [
  'auditor',
  'supervisor',
  'agency_officer',
  'finance_officer',
  'supplier',
  'evaluator',
  'review_body',
];

/**
 * Development sign-in (embedded mode: a token per role minted by the API, marked as such) or,
 * with an identity provider, a pasted bearer token. Either way the API verifies every request.
 */
export function SignIn(props: { readonly next: string | undefined; readonly reason?: string }) {
  const t = useT();
  const { signIn, navigate } = useApp();
  const [config, retry] = useLoad(() => consoleConfig(), []);
  const [role, setRole] = useState('auditor');
  const [agencyId, setAgencyId] = useState('');
  const [supplierId, setSupplierId] = useState('');
  const [pasted, setPasted] = useState('');
  const [failure, setFailure] = useState<Failure | undefined>();
  const [busy, setBusy] = useState(false);
  const done = () =>
    navigate(
      props.next && props.next.startsWith('/') && props.next !== '/sign-in' ? props.next : '/',
    );

  const onDev = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const token = await devToken({
        role,
        ...(role === 'agency_officer' || role === 'finance_officer' ? { agencyId } : {}),
        ...(role === 'supplier' ? { supplierId } : {}),
      });
      const session = sessionFromToken(token, Date.now() / 1000, true);
      if (session) {
        signIn(session);
        done();
      }
    } catch (error) {
      setFailure(asFailure(error));
    } finally {
      setBusy(false);
    }
  };
  const onPaste = (event: FormEvent) => {
    event.preventDefault();
    const session = sessionFromToken(pasted, Date.now() / 1000);
    if (!session) {
      setFailure({
        kind: 'problem',
        status: 0,
        code: 'TOKEN_UNREADABLE',
        message: t('signIn.badToken'),
      });
      return;
    }
    signIn(session);
    done();
  };

  return (
    <section aria-labelledby="signin-title">
      <h1 id="signin-title">{t('signIn.title')}</h1>
      {props.reason ? <p role="status">{props.reason}</p> : null}
      {failure ? <FailureMessage failure={failure} /> : null}
      <Loaded load={config} retry={retry}>
        {({ devLogin }) =>
          devLogin ? (
            <form onSubmit={(e) => void onDev(e)} className="card dev-login">
              <h2>
                {t('signIn.dev')} <span className="badge dev">development only</span>
              </h2>
              <p className="warning">{t('signIn.devWarning')}</p>
              <label>
                {t('signIn.role')}
                <select value={role} onChange={(e) => setRole(e.target.value)} name="role">
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </label>
              {role === 'agency_officer' || role === 'finance_officer' ? (
                <label>
                  {t('signIn.agency')}
                  <input value={agencyId} onChange={(e) => setAgencyId(e.target.value)} required />
                </label>
              ) : null}
              {role === 'supplier' ? (
                <label>
                  {t('signIn.supplier')}
                  <input
                    value={supplierId}
                    onChange={(e) => setSupplierId(e.target.value)}
                    required
                  />
                </label>
              ) : null}
              <button type="submit" disabled={busy}>
                {t('signIn.submit')}
              </button>
            </form>
          ) : (
            <form onSubmit={onPaste} className="card">
              <label>
                {t('signIn.token')}
                <textarea
                  value={pasted}
                  onChange={(e) => setPasted(e.target.value)}
                  rows={4}
                  required
                />
              </label>
              <button type="submit">{t('signIn.useToken')}</button>
            </form>
          )
        }
      </Loaded>
    </section>
  );
}
