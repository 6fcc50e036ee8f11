import { useState, type FormEvent } from 'react';
import { apiGet, type Ok } from '../api/client';
import { instant, shortId } from '../lib/format';
import { asFailure, type Failure } from '../lib/problem';
import { summarise } from '../lib/timeline';
import { FailureMessage, useApp, useT } from '../ui';

type Page = Ok<'/api/v1/audit/events'>;

/** The auditor's search of the whole log by actor, event type and time. */
export function EventSearch() {
  const t = useT();
  const { session, language } = useApp();
  const [form, setForm] = useState({ actor: '', type: '', from: '', to: '' });
  const [page, setPage] = useState<Page | undefined>();
  const [failure, setFailure] = useState<Failure | undefined>();
  const search = async (event?: FormEvent) => {
    event?.preventDefault();
    setFailure(undefined);
    try {
      setPage(
        await apiGet('/api/v1/audit/events', {
          query: {
            limit: 200,
            ...(form.actor ? { actor: form.actor } : {}),
            ...(form.type ? { type: form.type } : {}),
            ...(form.from ? { from: new Date(`${form.from}Z`).toISOString() } : {}),
            ...(form.to ? { to: new Date(`${form.to}Z`).toISOString() } : {}),
          },
          token: session?.token,
        }),
      );
    } catch (error) {
      setFailure(asFailure(error));
    }
  };
  const field = (name: keyof typeof form, label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        step={type === 'datetime-local' ? 1 : undefined}
        value={form[name]}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </label>
  );
  return (
    <section aria-labelledby="events-title">
      <h1 id="events-title">{t('events.title')}</h1>
      <form className="filters" role="search" onSubmit={(e) => void search(e)}>
        {field('actor', t('events.actor'))}
        {field('type', t('events.type'))}
        {field('from', `${t('events.from')} (UTC)`, 'datetime-local')}
        {field('to', `${t('events.to')} (UTC)`, 'datetime-local')}
        <button type="submit">{t('events.search')}</button>
      </form>
      {failure ? <FailureMessage failure={failure} retry={() => void search()} /> : null}
      {page ? (
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('timeline.when')}</th>
              <th scope="col">{t('timeline.what')}</th>
              <th scope="col">{t('timeline.who')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((e) => (
              <tr key={e.eventId}>
                <td>{e.position}</td>
                <td>{instant(e.occurredAt, language)}</td>
                <td>
                  <strong>{e.type}</strong> <span className="stream">{e.stream}</span>
                  <div className="summary">{summarise(e.data)}</div>
                </td>
                <td>
                  {e.role} {shortId(e.actor as string | null)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
