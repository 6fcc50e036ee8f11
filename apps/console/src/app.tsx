import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { apiGet } from './api/client';
import { LANGUAGES, pickLanguage, translate, type Language } from './lib/i18n';
import { parseRoute, rolesFor, type Route } from './lib/router';
import { sessionFromToken, type Session } from './lib/session';
import { Ctx, Link, PageBoundary, useApp, useT, type AppContext } from './ui';
import { Board } from './pages/board';
import { TenderPage } from './pages/tender';
import { Blacklist } from './pages/blacklist';
import { SignIn } from './pages/sign-in';
import { AuditHome } from './pages/audit';
import { Timeline } from './pages/timeline';
import { EventSearch } from './pages/events';
import { RedFlags } from './pages/red-flags';
import { SupplierPage } from './pages/supplier';

// Charts are for supervisors only: their library stays out of the public pages' bundle.
const Accountability = lazy(() => import('./pages/accountability'));

const TOKEN_KEY = 'contract-ledger.session';
const LANGUAGE_KEY = 'contract-ledger.language';

function storedSession(): Session | undefined {
  const saved = sessionStorage.getItem(TOKEN_KEY);
  if (!saved) return undefined;
  const { token, dev } = JSON.parse(saved) as { token: string; dev: boolean };
  return sessionFromToken(token, Date.now() / 1000, dev);
}

/**
 * Whether the API is a sandbox deployment (ADR 0010), from the public policy route: the length of
 * its policy day, null in production, undefined until known. A failed read (server unreachable)
 * is tried again at the next page change, so a sandbox is not shown as production for long.
 */
function useSandbox(page: string): { readonly dayMs: number } | null | undefined {
  const [sandbox, setSandbox] = useState<{ readonly dayMs: number } | null | undefined>();
  const known = sandbox !== undefined;
  useEffect(() => {
    if (known) return;
    const controller = new AbortController();
    apiGet('/api/v1/public/policy', { signal: controller.signal }).then(
      (body) => setSandbox(body.sandbox ? { dayMs: body.policy.dayMs } : null),
      // The page itself reports the failure (it calls the same server); retried on the next page.
      () => undefined,
    );
    return () => controller.abort();
  }, [known ? 'known' : page]);
  return sandbox;
}

/** On every page of a sandbox, so that a trainer never takes it for the production ledger. */
function SandboxBanner(props: { readonly dayMs: number }) {
  const t = useT();
  return (
    <div role="status" className="sandbox-banner" data-testid="sandbox-banner">
      {t('sandbox.banner', { seconds: props.dayMs / 1000 })}
    </div>
  );
}

function Page(props: { readonly route: Route }) {
  const { route } = props;
  const { session } = useApp();
  const t = useT();
  const roles = rolesFor(route);
  if (roles && (!session || !roles.includes(session.role))) {
    return (
      <SignIn
        next={location.pathname + location.search}
        reason={t('signIn.needed', { roles: roles.join(' / ') })}
      />
    );
  }
  switch (route.page) {
    case 'board':
      return <Board />;
    case 'tender':
      return <TenderPage id={route.id} />;
    case 'blacklist':
      return <Blacklist />;
    case 'sign-in':
      return <SignIn next={route.next} />;
    case 'audit':
      return <AuditHome />;
    case 'timeline':
      return <Timeline id={route.id} highlight={route.highlight} />;
    case 'events':
      return <EventSearch />;
    case 'red-flags':
      return <RedFlags />;
    case 'accountability':
      return (
        <Suspense fallback={<p aria-busy="true">{t('loading')}</p>}>
          <Accountability />
        </Suspense>
      );
    case 'supplier':
      return <SupplierPage id={route.id} />;
    case 'not-found':
      return <p role="alert">{t('notFound')}</p>;
  }
}

export function App() {
  const [location_, setLocation] = useState(() => ({
    path: location.pathname,
    search: location.search,
  }));
  const [session, setSession] = useState<Session | undefined>(storedSession);
  const [language, setLanguage] = useState<Language>(
    () =>
      (localStorage.getItem(LANGUAGE_KEY) as Language | null) ?? pickLanguage(navigator.languages),
  );
  useEffect(() => {
    const onPop = () => setLocation({ path: location.pathname, search: location.search });
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const sandbox = useSandbox(location_.path);
  useEffect(() => {
    document.documentElement.lang = language;
    const title = translate(language, 'app.title');
    // The tab and the window list say it too, where the banner is out of sight.
    document.title = sandbox ? `${translate(language, 'sandbox.title')} · ${title}` : title;
    // What the API said it is, once it has (the browser tests wait for it before looking for no banner).
    if (sandbox !== undefined)
      document.documentElement.dataset['deployment'] = sandbox ? 'sandbox' : 'production';
  }, [language, sandbox]);
  const navigate = useCallback((to: string) => {
    history.pushState(null, '', to);
    const url = new URL(to, location.href);
    setLocation({ path: url.pathname, search: url.search });
    scrollTo(0, 0);
    // Focus moves to the new page's content, as a page load would for a screen reader.
    requestAnimationFrame(() => document.getElementById('main')?.focus());
  }, []);
  const context: AppContext = useMemo(
    () => ({
      language,
      session,
      navigate,
      signIn: (next: Session) => {
        sessionStorage.setItem(TOKEN_KEY, JSON.stringify({ token: next.token, dev: next.dev }));
        setSession(next);
      },
      signOut: () => {
        sessionStorage.removeItem(TOKEN_KEY);
        setSession(undefined);
        navigate('/');
      },
    }),
    [language, session, navigate],
  );
  const route = parseRoute(location_.path, location_.search);
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const role = session?.role;
  return (
    <Ctx.Provider value={context}>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      {sandbox ? <SandboxBanner dayMs={sandbox.dayMs} /> : null}
      <header className="top">
        <Link to="/" className="brand">
          {t('app.title')}
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link to="/">{t('nav.board')}</Link>
            </li>
            <li>
              <Link to="/blacklist">{t('nav.blacklist')}</Link>
            </li>
            {role === 'auditor' ? (
              <>
                <li>
                  <Link to="/audit">{t('nav.audit')}</Link>
                </li>
                <li>
                  <Link to="/audit/events">{t('nav.events')}</Link>
                </li>
              </>
            ) : null}
            {role === 'supervisor' || role === 'auditor' ? (
              <>
                <li>
                  <Link to="/supervisor/red-flags">{t('nav.redFlags')}</Link>
                </li>
                <li>
                  <Link to="/supervisor/accountability">{t('nav.accountability')}</Link>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
        <div className="tools">
          <label>
            <span className="sr-only">{t('nav.language')}</span>
            <select
              value={language}
              onChange={(e) => {
                const next = e.target.value as Language;
                localStorage.setItem(LANGUAGE_KEY, next);
                setLanguage(next);
              }}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {l === 'en' ? 'English' : '简体中文'}
                </option>
              ))}
            </select>
          </label>
          {session ? (
            <span className="who">
              <span data-testid="signed-in-role">{session.role}</span>
              {session.dev ? <span className="badge dev">dev</span> : null}
              <button type="button" onClick={context.signOut}>
                {t('nav.signOut')}
              </button>
            </span>
          ) : (
            <Link to="/sign-in">{t('nav.signIn')}</Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <PageBoundary page={location_.path + location_.search}>
          <Page route={route} />
        </PageBoundary>
      </main>
    </Ctx.Provider>
  );
}
