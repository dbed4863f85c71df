// The rules for the key settings, checked with the rest of the configuration at start-up: a real
// server does not start without AMPARO_MASTER_KEY. (No runtime imports: app.config uses it.)
import type { AppConfig } from '../config/app.config';

export const GENERATE_KEY_HINT = `node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`;
export const KEY_FORMAT_HINT = `"<key id>:<32 random bytes in base64>", e.g. "k2026a:" followed by the output of ${GENERATE_KEY_HINT}`;

export type KeySettings = Pick<
  AppConfig,
  'AMPARO_MASTER_KEY' | 'AMPARO_OLD_KEYS' | 'AMPARO_DATA_DIR' | 'DATABASE_URL'
>;

/** Problems with the key settings that must stop the API before it touches the database. */
export function keySettingProblems(settings: KeySettings): string[] {
  if (settings.AMPARO_MASTER_KEY) return [];
  if (settings.AMPARO_OLD_KEYS) return ['AMPARO_OLD_KEYS is set but AMPARO_MASTER_KEY is not'];
  if (settings.DATABASE_URL)
    return [
      `AMPARO_MASTER_KEY is required with DATABASE_URL: it encrypts the most sensitive fields. Set it to ${KEY_FORMAT_HINT}, and keep it outside the database and its backups`,
    ];
  return [];
}
