/** The console's pages; the API answers index.html on exactly these paths (apps/api/src/console). */
export type Route =
  | { readonly page: 'board' }
  | { readonly page: 'tender'; readonly id: string }
  | { readonly page: 'blacklist' }
  | { readonly page: 'sign-in'; readonly next: string | undefined }
  | { readonly page: 'audit' }
  | { readonly page: 'timeline'; readonly id: string; readonly highlight: readonly string[] }
  | { readonly page: 'events' }
  | { readonly page: 'red-flags' }
  | { readonly page: 'accountability' }
  | { readonly page: 'supplier'; readonly id: string }
  | { readonly page: 'not-found'; readonly path: string };

const ID = '([0-9a-fA-F-]{36})';

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const path = pathname.replace(/\/+$/, '') || '/';
  let m: RegExpExecArray | null;
  if (path === '/') return { page: 'board' };
  if ((m = new RegExp(`^/tenders/${ID}$`).exec(path))) return { page: 'tender', id: m[1]! };
  if (path === '/blacklist') return { page: 'blacklist' };
  if (path === '/sign-in') return { page: 'sign-in', next: params.get('next') ?? undefined };
  if (path === '/audit') return { page: 'audit' };
  if (path === '/audit/events') return { page: 'events' };
  if ((m = new RegExp(`^/audit/tenders/${ID}$`).exec(path)))
    return {
      page: 'timeline',
      id: m[1]!,
      highlight: (params.get('highlight') ?? '').split(',').filter((s) => s !== ''),
    };
  if (path === '/supervisor' || path === '/supervisor/red-flags') return { page: 'red-flags' };
  if (path === '/supervisor/accountability') return { page: 'accountability' };
  if ((m = new RegExp(`^/supervisor/suppliers/${ID}$`).exec(path)))
    return { page: 'supplier', id: m[1]! };
  return { page: 'not-found', path };
}

/** Pages that need a signed-in role, and which roles may see them (the API decides in the end). */
export function rolesFor(route: Route): readonly string[] | undefined {
  switch (route.page) {
    case 'audit':
    case 'events':
      return ['auditor'];
    case 'timeline':
      return ['auditor', 'supervisor'];
    case 'red-flags':
    case 'accountability':
    case 'supplier':
      return ['supervisor', 'auditor'];
    default:
      return undefined;
  }
}
