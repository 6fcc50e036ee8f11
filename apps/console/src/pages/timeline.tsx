import { memo, useEffect, useMemo, useState } from 'react';
import { apiGet } from '../api/client';
import { instant, shortId } from '../lib/format';
import { asFailure, type Failure } from '../lib/problem';
import {
  buildTimeline,
  entriesRecordedBy,
  filterEntries,
  summarise,
  whyText,
  type HistoryItem,
} from '../lib/timeline';
import { FailureMessage, Loaded, useApp, useLoad, useT } from '../ui';

/** Every page of a tender's history (its linked streams: bids, budget, contract, milestones...). */
async function loadHistory(id: string, token: string | undefined, signal: AbortSignal) {
  const pages: HistoryItem[][] = [];
  let cursor: string | undefined;
  let view = 'redacted';
  do {
    const page = await apiGet('/api/v1/audit/tenders/{id}/history', {
      path: { id },
      query: { limit: 500, ...(cursor ? { cursor } : {}) },
      token,
      signal,
    });
    pages.push(page.items as unknown as HistoryItem[]);
    view = String(page.view);
    cursor = (page.nextCursor as string | null) ?? undefined;
  } while (cursor);
  return { ...buildTimeline(pages), view };
}

export function Timeline(props: { readonly id: string; readonly highlight: readonly string[] }) {
  const t = useT();
  const { session } = useApp();
  const [load, retry] = useLoad(
    (signal) => loadHistory(props.id, session?.token, signal),
    [props.id, session?.token],
  );
  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t('timeline.title')}</h1>
      <Loaded load={load} retry={retry}>
        {(timeline) => (
          <>
            <p className="view" data-testid="history-view">
              {timeline.view === 'full' ? t('timeline.viewFull') : t('timeline.viewRedacted')}
            </p>
            <TimelineView
              id={props.id}
              entries={timeline.entries}
              streams={timeline.streams}
              highlight={props.highlight}
            />
          </>
        )}
      </Loaded>
    </section>
  );
}

function TimelineView(props: {
  id: string;
  entries: readonly HistoryItem[];
  streams: readonly { stream: string; kind: string; events: number }[];
  highlight: readonly string[];
}) {
  const t = useT();
  const { entries } = props;
  const [stop, setStop] = useState(entries.length);
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => filterEntries(entries, filter), [entries, filter]);
  const at = entries[stop - 1];
  const highlighted = useMemo(() => new Set(props.highlight), [props.highlight]);
  const dateValue = at ? at.recordedAt.slice(0, 19) : '';
  return (
    <>
      <p>
        {t('timeline.streams')}:{' '}
        {props.streams.map((s) => (
          <span key={s.stream} className="chip" title={s.stream}>
            {s.kind} {shortId(s.stream)} ({s.events})
          </span>
        ))}
      </p>
      <div className="slider card">
        <label htmlFor="asof">
          {t('timeline.asOf')}: <strong data-testid="slider-position">{stop}</strong> /{' '}
          {entries.length}
          {at ? ` · ${at.type} · ${at.recordedAt}` : ''}
        </label>
        <input
          id="asof"
          type="range"
          min={1}
          max={entries.length}
          value={stop}
          onChange={(e) => setStop(Number(e.target.value))}
        />
        <label>
          {t('timeline.date')}{' '}
          <input
            type="datetime-local"
            step={1}
            value={dateValue}
            onChange={(e) => {
              if (e.target.value)
                setStop(Math.max(1, entriesRecordedBy(entries, `${e.target.value}.999Z`)));
            }}
          />
        </label>
        {at ? <StateAt id={props.id} position={at.position} /> : null}
      </div>
      <label>
        {t('timeline.filter')}{' '}
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <p aria-live="polite">
        {t('timeline.count', { shown: shown.length, total: entries.length })}
      </p>
      <EventList entries={shown} stop={at?.position ?? 0} highlighted={highlighted} />
    </>
  );
}

/** The list is memoised: typing in the filter or moving the slider does not rebuild what did not change. */
const EventList = memo(function EventList(props: {
  entries: readonly HistoryItem[];
  stop: number;
  highlighted: ReadonlySet<string>;
}) {
  return (
    <ol className="timeline" data-testid="timeline">
      {props.entries.map((e) => (
        <EventRow
          key={e.eventId}
          event={e}
          future={e.position > props.stop}
          flagged={props.highlighted.has(e.eventId)}
        />
      ))}
    </ol>
  );
});

/** One row, memoised: a slider step re-renders only the rows that cross it. */
const EventRow = memo(function EventRow(props: {
  event: HistoryItem;
  future: boolean;
  flagged: boolean;
}) {
  const t = useT();
  const { language } = useApp();
  const e = props.event;
  return (
    <li
      id={`event-${e.eventId}`}
      className={`${props.future ? 'future' : ''} ${props.flagged ? 'flagged' : ''}`}
      data-position={e.position}
    >
      <div className="when">
        <span className="pos">#{e.position}</span> {instant(e.recordedAt, language)}
      </div>
      <div className="what">
        <strong>{e.type}</strong> <span className="stream">{e.stream.split('-')[0]}</span>
        {props.flagged ? <span className="badge flag">{t('timeline.flagged')}</span> : null}
        <div className="summary">{summarise(e.data)}</div>
      </div>
      <div className="who">
        {e.who ? `${e.who.role} ${shortId(e.who.actor)}` : '—'}
        {e.why ? <div className="why">“{whyText(e.why)}”</div> : null}
        {e.redacted && e.redacted.length > 0 ? (
          <div className="redacted">redacted: {e.redacted.join(', ')}</div>
        ) : null}
      </div>
    </li>
  );
});

function StateAt(props: { id: string; position: number }) {
  const t = useT();
  const { session } = useApp();
  const [state, setState] = useState<{ position: number; value: unknown } | undefined>();
  const [failure, setFailure] = useState<Failure | undefined>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    // A short pause: dragging the slider asks for the state it stops at, not every one it crosses.
    const timer = setTimeout(() => {
      apiGet('/api/v1/audit/{kind}/{id}/state', {
        path: { kind: 'tender', id: props.id },
        query: { atPosition: props.position },
        token: session?.token,
        signal: controller.signal,
      }).then(
        (value) => {
          setFailure(undefined);
          setState({ position: props.position, value });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setFailure(asFailure(error));
        },
      );
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [props.id, props.position, session?.token, attempt]);
  const body = state?.value as
    { state?: { status?: string }; revision?: number; lastRecordedAt?: string } | undefined;
  return (
    <div className="state" aria-live="polite">
      <h2>{t('timeline.state')}</h2>
      {failure ? <FailureMessage failure={failure} retry={() => setAttempt((n) => n + 1)} /> : null}
      {body ? (
        <>
          <p>
            status <strong data-testid="state-status">{body.state?.status ?? '—'}</strong> ·
            revision {body.revision} · {body.lastRecordedAt}
          </p>
          <details>
            <summary>JSON</summary>
            <pre>{JSON.stringify(body.state, null, 2)}</pre>
          </details>
        </>
      ) : null}
    </div>
  );
}
