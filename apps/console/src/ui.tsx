import {
  Component,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useState,
  type ReactNode,
  type MouseEvent,
} from 'react';
import { translate, type Language, type MessageKey } from './lib/i18n';
import { asFailure, type Failure } from './lib/problem';
import type { Session } from './lib/session';

export interface AppContext {
  readonly language: Language;
  readonly session: Session | undefined;
  readonly navigate: (to: string) => void;
  readonly signOut: () => void;
  readonly signIn: (session: Session) => void;
}

export const Ctx = createContext<AppContext | undefined>(undefined);

export function useApp(): AppContext {
  const value = useContext(Ctx);
  if (!value) throw new Error('useApp outside the app');
  return value;
}

export function useT(): (
  key: MessageKey,
  vars?: Readonly<Record<string, string | number>>,
) => string {
  const { language } = useApp();
  return useCallback((key, vars) => translate(language, key, vars), [language]);
}

/** An in-app link: a real <a href> (keyboard, middle-click, copy) whose plain click routes client-side. */
export function Link(props: {
  readonly to: string;
  readonly children: ReactNode;
  readonly className?: string;
}) {
  const { navigate } = useApp();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey
    )
      return;
    event.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={props.to} onClick={onClick} className={props.className}>
      {props.children}
    </a>
  );
}

export type Load<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly failure: Failure }
  | { readonly state: 'ok'; readonly value: T };

/** Runs `fetcher` whenever `deps` change; `retry` runs it again (after a network loss). */
export function useLoad<T>(
  fetcher: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): [Load<T>, () => void] {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    fetcher(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setLoad({ state: 'ok', value });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoad({ state: 'failed', failure: asFailure(error) });
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);
  return [load, () => setAttempt((n) => n + 1)];
}

/** A failure as a message with what to do next: sign in on 401, retry on a network loss. */
export function FailureMessage(props: { readonly failure: Failure; readonly retry?: () => void }) {
  const t = useT();
  const { failure } = props;
  return (
    <div role="alert" className="failure" data-kind={failure.kind}>
      <p>
        {failure.kind === 'network' ? t('error.network') : failure.message}
        {failure.kind === 'problem' && failure.code ? (
          <code className="code">{failure.code}</code>
        ) : null}
      </p>
      {failure.kind === 'unauthenticated' ? (
        <Link to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}>
          {t('error.signIn')}
        </Link>
      ) : null}
      {failure.kind === 'network' && props.retry ? (
        <button type="button" onClick={props.retry}>
          {t('error.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** Loading, failure or the content: never a blank page. */
export function Loaded<T>(props: {
  readonly load: Load<T>;
  readonly retry?: () => void;
  readonly children: (value: T) => ReactNode;
}) {
  const t = useT();
  if (props.load.state === 'loading') return <p aria-busy="true">{t('loading')}</p>;
  if (props.load.state === 'failed')
    return (
      <FailureMessage
        failure={props.load.failure}
        {...(props.retry ? { retry: props.retry } : {})}
      />
    );
  return <>{props.children(props.load.value)}</>;
}

/**
 * A page that throws while rendering (an answer shaped unlike what the page expects) shows what
 * happened instead of a blank screen; moving to another page resets it.
 */
export class PageBoundary extends Component<
  { readonly children: ReactNode; readonly page: string },
  { error: Error | undefined }
> {
  override state: { error: Error | undefined } = { error: undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidUpdate(previous: { readonly page: string }) {
    if (previous.page !== this.props.page && this.state.error) this.setState({ error: undefined });
  }

  override render() {
    if (this.state.error)
      return (
        <div role="alert" className="failure">
          <p>This page could not be shown: {this.state.error.message}</p>
        </div>
      );
    return this.props.children;
  }
}
