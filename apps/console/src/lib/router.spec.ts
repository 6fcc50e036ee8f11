import { parseRoute, rolesFor } from './router';

const ID = '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e';

describe('parseRoute', () => {
  it('maps the console paths to pages', () => {
    expect(parseRoute('/', '')).toEqual({ page: 'board' });
    expect(parseRoute(`/tenders/${ID}/`, '')).toEqual({ page: 'tender', id: ID });
    expect(parseRoute('/sign-in', '?next=%2Faudit')).toEqual({ page: 'sign-in', next: '/audit' });
    expect(parseRoute(`/audit/tenders/${ID}`, '?highlight=e1,e2')).toEqual({
      page: 'timeline',
      id: ID,
      highlight: ['e1', 'e2'],
    });
    expect(parseRoute('/supervisor', '')).toEqual({ page: 'red-flags' });
  });

  it('answers not-found for anything else, ids included', () => {
    expect(parseRoute('/tenders/not-an-id', '')).toEqual({
      page: 'not-found',
      path: '/tenders/not-an-id',
    });
  });

  it('asks for a role only on the auditor and supervisor pages', () => {
    expect(rolesFor({ page: 'board' })).toBeUndefined();
    expect(rolesFor({ page: 'audit' })).toEqual(['auditor']);
    expect(rolesFor({ page: 'red-flags' })).toContain('supervisor');
  });
});
