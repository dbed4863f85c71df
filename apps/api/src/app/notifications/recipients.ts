// Who hears about a case: its lead attorney and assigned paralegals; for escalations and missed
// deadlines, the office's supervisors too. Disabled accounts hear nothing.
import type { EntityManager } from 'typeorm';

export async function caseTeam(manager: EntityManager, caseId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT u.id FROM users u
      WHERE u.disabled_at IS NULL
        AND (u.id = (SELECT lead_attorney_id FROM cases WHERE id = $1)
             OR u.id IN (SELECT user_id FROM case_members WHERE case_id = $1))
      ORDER BY u.id`,
    [caseId],
  );
  return rows.map((row) => row.id);
}

export async function supervisors(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM users WHERE disabled_at IS NULL AND 'supervisor' = ANY(roles) ORDER BY id`,
  );
  return rows.map((row) => row.id);
}
