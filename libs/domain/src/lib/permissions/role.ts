// The hats a member of a legal-aid office can wear; one person may hold several.
export const ROLES = ['admin', 'supervisor', 'attorney', 'paralegal'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
