// Where keys come from: the environment on a real server (required there), a private key file
// generated once in embedded mode, and the start-up refusal when they are missing or malformed.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, loadConfig } from '../config/app.config';
import { FieldCipher } from './field.cipher';
import { KeyConfigurationError } from './field-crypto.errors';
import { addActiveKeyToFile, keyFilePath, loadKeyring } from './keyring.loader';

const ORG = 'aaaaaaaa-0000-4000-8000-00000000000a';
const REAL_SERVER = 'postgres://amparo_owner:secret@db.example:5432/amparo';
const keySpec = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe('key settings at start-up', () => {
  it('refuses a real server without AMPARO_MASTER_KEY, saying how to make one', () => {
    expect(() => loadConfig({ DATABASE_URL: REAL_SERVER })).toThrow(ConfigurationError);
    expect(() => loadConfig({ DATABASE_URL: REAL_SERVER, NODE_ENV: 'production' })).toThrow(
      /AMPARO_MASTER_KEY is required.*<key id>:<32 random bytes in base64>.*randomBytes\(32\)/s,
    );
  });

  it('accepts a real server with a well-formed key, and embedded mode without one', () => {
    expect(
      loadConfig({ DATABASE_URL: REAL_SERVER, AMPARO_MASTER_KEY: keySpec('k1') }).AMPARO_MASTER_KEY,
    ).toMatch(/^k1:/);
    expect(loadConfig({}).AMPARO_MASTER_KEY).toBeUndefined();
  });

  it('refuses malformed keys without echoing them', () => {
    const short = `k1:${randomBytes(16).toString('base64')}`;
    for (const env of [
      { AMPARO_MASTER_KEY: short },
      { AMPARO_MASTER_KEY: randomBytes(32).toString('base64') },
      { AMPARO_MASTER_KEY: keySpec('k1'), AMPARO_OLD_KEYS: `${keySpec('k0')},oops` },
      { AMPARO_OLD_KEYS: keySpec('k0') },
    ]) {
      let message = '';
      try {
        loadConfig(env);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/AMPARO_(MASTER|OLD)_KEY/);
      for (const value of Object.values(env)) expect(message).not.toContain(value);
    }
  });
});

describe('loadKeyring', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'amparo-keys-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('takes the active key from AMPARO_MASTER_KEY and older ones from AMPARO_OLD_KEYS', () => {
    const [active, old1, old2] = [keySpec('k3'), keySpec('k2'), keySpec('k1')];
    const { keyring, source } = loadKeyring(
      loadConfig({
        DATABASE_URL: REAL_SERVER,
        AMPARO_MASTER_KEY: active,
        AMPARO_OLD_KEYS: `${old1},${old2}`,
        AMPARO_DATA_DIR: dataDir,
      }),
    );
    expect(source).toEqual({ kind: 'environment' });
    expect(keyring.keyIds).toEqual(['k3', 'k2', 'k1']);
    expect(() => statSync(keyFilePath(dataDir))).toThrow(); // no key file on a real server
  });

  it('refuses on its own too, for callers that skip loadConfig', () => {
    expect(() =>
      loadKeyring({
        DATABASE_URL: REAL_SERVER,
        AMPARO_DATA_DIR: dataDir,
        AMPARO_MASTER_KEY: undefined,
        AMPARO_OLD_KEYS: undefined,
      }),
    ).toThrow(KeyConfigurationError);
  });

  it('generates a private key file on the first embedded start and reuses it', () => {
    const first = loadKeyring(loadConfig({ AMPARO_DATA_DIR: dataDir }));
    const path = keyFilePath(dataDir);
    expect(first.source).toEqual({ kind: 'file', path });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toMatch(/^k\d{8}-[0-9a-f]{4}:[A-Za-z0-9+/]{43}=\n$/);

    const sealed = new FieldCipher(first.keyring).encrypt(ORG, 'clients.narrative', 'secret');
    const second = loadKeyring(loadConfig({ AMPARO_DATA_DIR: dataDir }));
    expect(second.keyring.keyIds).toEqual(first.keyring.keyIds);
    expect(new FieldCipher(second.keyring).decrypt(ORG, 'clients.narrative', sealed)).toBe(
      'secret',
    );
  });

  it('refuses a key file other users can read', () => {
    loadKeyring(loadConfig({ AMPARO_DATA_DIR: dataDir }));
    chmodSync(keyFilePath(dataDir), 0o644);
    expect(() => loadKeyring(loadConfig({ AMPARO_DATA_DIR: dataDir }))).toThrow(/chmod 600/);
  });

  it('adds a new active key to the file and keeps the old one readable', () => {
    const before = loadKeyring(loadConfig({ AMPARO_DATA_DIR: dataDir })).keyring;
    const sealed = new FieldCipher(before).encrypt(ORG, 'clients.narrative', 'secret');
    const added = addActiveKeyToFile(keyFilePath(dataDir));
    const after = loadKeyring(loadConfig({ AMPARO_DATA_DIR: dataDir })).keyring;
    expect(after.keyIds).toEqual([added, before.activeKeyId]);
    expect(statSync(keyFilePath(dataDir)).mode & 0o777).toBe(0o600);
    expect(new FieldCipher(after).decrypt(ORG, 'clients.narrative', sealed)).toBe('secret');
  });
});
