// Where the master keys come from: AMPARO_MASTER_KEY / AMPARO_OLD_KEYS on a real server, or a key
// file generated into the data folder (mode 0600) on the first embedded start.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { KeyConfigurationError } from './field-crypto.errors';
import { KEY_FORMAT_HINT, keySettingProblems, type KeySettings } from './key-settings.rules';
import { Keyring, MASTER_KEY_BYTES } from './keyring';

export const KEY_FILE_NAME = 'master.keys';
export interface LoadedKeyring {
  readonly keyring: Keyring;
  /** Where the keys came from: the environment, or the key file (its path). */
  readonly source: { kind: 'environment' } | { kind: 'file'; path: string };
}

/** One `id:base64` key; `variable` names where it came from, for the message. */
export function parseKeySpec(spec: string, variable: string): { id: string; secret: Buffer } {
  const match = /^([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/]+={0,2})$/.exec(spec.trim());
  const secret = match ? Buffer.from(match[2], 'base64') : undefined;
  if (!match || !secret || secret.length !== MASTER_KEY_BYTES)
    throw new KeyConfigurationError([`${variable} must be ${KEY_FORMAT_HINT} (value hidden)`]);
  return { id: match[1], secret };
}

/**
 * The keyring for this configuration. Keys in the environment win; otherwise (embedded mode, or
 * a test run on a real server) the key file in AMPARO_DATA_DIR, created on first use.
 */
export function loadKeyring(settings: KeySettings): LoadedKeyring {
  const problems = keySettingProblems(settings);
  if (problems.length > 0) throw new KeyConfigurationError(problems);
  if (settings.AMPARO_MASTER_KEY) {
    const keys = [parseKeySpec(settings.AMPARO_MASTER_KEY, 'AMPARO_MASTER_KEY')];
    for (const spec of (settings.AMPARO_OLD_KEYS ?? '').split(',').filter((s) => s.trim()))
      keys.push(parseKeySpec(spec, 'AMPARO_OLD_KEYS'));
    return { keyring: new Keyring(keys), source: { kind: 'environment' } };
  }
  const path = keyFilePath(settings.AMPARO_DATA_DIR);
  return { keyring: new Keyring(readOrCreateKeyFile(path)), source: { kind: 'file', path } };
}

export function keyFilePath(dataDir: string): string {
  return join(resolve(dataDir), KEY_FILE_NAME);
}

/** A new key id: `k` + UTC date + 4 random hex digits, e.g. `k20261123-9f3a`. */
export function newKeyId(now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return `k${day}-${randomBytes(2).toString('hex')}`;
}

function formatKeyFile(keys: ReadonlyArray<{ id: string; secret: Buffer }>): string {
  return `${keys.map(({ id, secret }) => `${id}:${secret.toString('base64')}`).join('\n')}\n`;
}

/** Reads the key file (first line active, later lines older keys), creating it if absent. */
export function readOrCreateKeyFile(path: string): Array<{ id: string; secret: Buffer }> {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    const fd = openSync(path, 'wx', 0o600); // fails if another process created it first
    try {
      writeSync(fd, formatKeyFile([{ id: newKeyId(), secret: randomBytes(MASTER_KEY_BYTES) }]));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readKeyFile(path);
}

export function readKeyFile(path: string): Array<{ id: string; secret: Buffer }> {
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0)
    throw new KeyConfigurationError([
      `${path} is readable by other users: run "chmod 600 ${path}" (the key decrypts every sensitive field)`,
    ]);
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) throw new KeyConfigurationError([`${path} holds no key`]);
  return lines.map((line) => parseKeySpec(line, path));
}

/**
 * Embedded rotation, step one: a new active key at the top of the key file, the previous keys
 * kept below it. Written to a temporary file and renamed, so a crash leaves the old file intact.
 */
export function addActiveKeyToFile(path: string): string {
  const keys = readKeyFile(path);
  let id = newKeyId();
  while (keys.some((key) => key.id === id)) id = newKeyId();
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, formatKeyFile([{ id, secret: randomBytes(MASTER_KEY_BYTES) }, ...keys]));
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  return id;
}
