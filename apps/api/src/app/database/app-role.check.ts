// The last wall around tenant data is row-level security; a role that bypasses it must not run.
import type { DataSource } from 'typeorm';

export class UnsafeDatabaseRoleError extends Error {
  constructor(role: string, reason: string) {
    super(
      `Refusing to start: the application connects as "${role}", which ${reason}. ` +
        `Row-level security would not protect one organization's data from another. ` +
        `Fix: connect the application as a role without SUPERUSER or BYPASSRLS that owns no tables, ` +
        `e.g. CREATE ROLE amparo_app LOGIN PASSWORD '...' NOSUPERUSER NOBYPASSRLS; then set ` +
        `DATABASE_APP_URL (or DATABASE_APP_PASSWORD) for it, keeping DATABASE_URL for the owning role.`,
    );
    this.name = 'UnsafeDatabaseRoleError';
  }
}

export async function assertSafeAppRole(dataSource: DataSource): Promise<void> {
  const [role] = await dataSource.query(
    `SELECT r.rolname AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypassrls,
            EXISTS (SELECT 1 FROM pg_tables t WHERE t.tableowner = r.rolname AND t.schemaname = 'public') AS owns_tables
       FROM pg_roles r WHERE r.rolname = current_user`,
  );
  if (role.superuser) throw new UnsafeDatabaseRoleError(role.name, 'is a superuser');
  if (role.bypassrls) throw new UnsafeDatabaseRoleError(role.name, 'has BYPASSRLS');
  if (role.owns_tables)
    throw new UnsafeDatabaseRoleError(
      role.name,
      'owns the tables (owners may alter or disable their policies)',
    );
}
