import {
  POLICY,
  ROLES,
  type Permission,
  type Role,
  type ScopeRule,
} from '@contract-ledger/application';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app';
import { routePermissions, type RoutePermission } from '../../src/platform';

export const ROLE_MATRIX_DOC = path.join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'docs',
  'role-matrix.md',
);
export const REGENERATE = 'node -r ./tools/register.js apps/api/test/support/role-matrix.ts';

const CELL: Readonly<Record<ScopeRule, string>> = {
  any: 'yes',
  'own-agency': 'own agency',
  'own-supplier': 'own supplier',
  assigned: 'if assigned',
};

/** The scope rule of a role on a permission, read from the table itself (not from authorize()). */
export function ruleFor(permission: Permission, role: Role): ScopeRule | undefined {
  const roles = POLICY[permission].roles as Readonly<Partial<Record<Role, ScopeRule>>>;
  return roles[role];
}

export function isPublicPermission(permission: Permission): boolean {
  return (POLICY[permission] as { public?: true }).public === true;
}

/** A Markdown table padded as Prettier pads it, so the generated file is already formatted. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(3, ...rows.map((row) => row[i]!.length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)];
}

/**
 * docs/role-matrix.md: every route with its permission and who may call it, from the routes the
 * app actually has and the POLICY table. The role-matrix e2e test fails when the file is stale.
 */
export function renderRoleMatrix(routes: readonly RoutePermission[]): string {
  const api = routes.filter((r) => r.path.startsWith('/api/'));
  const lines = [
    '# Role matrix',
    '',
    `<!-- Generated from routePermissions(app) and POLICY (libs/application/src/auth/policy.ts) by \`${REGENERATE}\`; do not edit. -->`,
    '',
    'Who may call each route of `/api/v1` (docs/api.md "Authentication and roles"). "own agency", "own supplier" and',
    '"if assigned" are scope rules: the same role is refused (403) on another agency\'s, another supplier\'s or an',
    'unassigned resource. A refused role gets 403 FORBIDDEN, no token 401 UNAUTHENTICATED, and nothing is written.',
    'apps/api/test/role-matrix.e2e.spec.ts calls every cell (in and out of scope) and checks it against this table.',
    '',
  ];
  const rows: string[][] = [['Route', 'Permission', 'no token', ...ROLES]];
  for (const route of api) {
    const permission = route.permission;
    if (permission === undefined) {
      rows.push([`\`${route.method} ${route.path}\``, '**none**', '?', ...ROLES.map(() => '?')]);
      continue;
    }
    const open = isPublicPermission(permission);
    const cells = ROLES.map((role) => {
      if (open) return 'yes';
      const rule = ruleFor(permission, role);
      return rule === undefined ? '—' : CELL[rule];
    });
    rows.push([
      `\`${route.method} ${route.path}\``,
      `\`${permission}\``,
      open ? 'yes' : '—',
      ...cells,
    ]);
  }
  return `${[...lines, ...table(rows)].join('\n')}\n`;
}

/** The routes of the real app, as the test sees them. */
export async function appRoutes(): Promise<RoutePermission[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-role-matrix-'));
  try {
    const { app } = await createApp({
      LEDGER_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      LEDGER_STORE: 'memory',
    });
    try {
      return routePermissions(app);
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void appRoutes().then((routes) => {
    writeFileSync(ROLE_MATRIX_DOC, renderRoleMatrix(routes));
    process.stdout.write(
      `wrote ${path.relative(process.cwd(), ROLE_MATRIX_DOC)} (${routes.length} routes)\n`,
    );
  });
}
