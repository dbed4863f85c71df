import { ConfigurationError, loadConfig } from './app.config';

const KEY = `k1:${Buffer.alloc(32, 1).toString('base64')}`;

describe('loadConfig', () => {
  it('runs embedded on sensible defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      AMPARO_DATA_DIR: '.amparo',
      LOG_LEVEL: 'info',
    });
    expect(config.embedded).toBe(true);
  });

  it('reads the SMTP settings that turn e-mail on', () => {
    const config = loadConfig({
      SMTP_HOST: 'smtp.example.org',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'amparo',
      SMTP_PASSWORD: 'secret',
      SMTP_FROM: 'Amparo <amparo@example.org>',
      AMPARO_PUBLIC_URL: 'https://amparo.example.org',
    });
    expect(config).toMatchObject({
      SMTP_HOST: 'smtp.example.org',
      SMTP_PORT: 465,
      SMTP_SECURE: true,
    });
  });

  it('uses a real server when DATABASE_URL is set', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://owner@db.example:5432/amparo',
      AMPARO_MASTER_KEY: KEY,
      PORT: '8080',
    });
    expect(config.embedded).toBe(false);
    expect(config.PORT).toBe(8080);
  });

  it.each([
    ['unset', undefined, false],
    ['false', 'false', false],
    ['a hop count', '2', 2],
    [
      'addresses and subnets',
      '10.0.0.5, 10.0.1.0/24,loopback',
      ['10.0.0.5', '10.0.1.0/24', 'loopback'],
    ],
    ['an IPv6 subnet', 'fd00::/8', ['fd00::/8']],
  ])('reads TRUST_PROXY given as %s', (_label, value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it('refuses TRUST_PROXY=true, which would trust every forwarded hop', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY=true would trust every X-Forwarded-For hop, so any caller could choose the address that is throttled and audited/,
    );
  });

  it.each([['11'], ['10.0.0.300'], ['proxy.example.org'], ['10.0.0.5,,10.0.0.6']])(
    'refuses TRUST_PROXY=%s',
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(
        /TRUST_PROXY must be false, the number of reverse proxies in front of Amparo/,
      );
    },
  );

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number between 1 and 65535 \(got "eighty"\)/],
    [{ PORT: '70000' }, /PORT must be a whole number between 1 and 65535/],
    [
      { LOG_LEVEL: 'loud' },
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/,
    ],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL must be a PostgreSQL URL/],
    [{ AMPARO_SEED_DEMO: 'maybe' }, /AMPARO_SEED_DEMO must be true or false/],
    [
      { AMPARO_JOB_LOST_SECONDS: '5' },
      /AMPARO_JOB_LOST_SECONDS must be a whole number of seconds from 10 to 600 \(got "5"\)/,
    ],
    [{ SMTP_HOST: 'smtp.example.org' }, /SMTP_FROM must be set when SMTP_HOST is/],
    [{ SMTP_FROM: 'amparo@example.org' }, /SMTP_HOST must be set when SMTP_FROM is/],
    [
      { SMTP_HOST: 'smtp.example.org', SMTP_FROM: 'not an address' },
      /SMTP_FROM must be an e-mail address/,
    ],
    [
      { SMTP_HOST: 'smtp.example.org', SMTP_FROM: 'a@example.org', SMTP_USER: 'amparo' },
      /SMTP_USER and SMTP_PASSWORD must be set together/,
    ],
    [{ SMTP_PORT: '0' }, /SMTP_PORT must be a whole number between 1 and 65535/],
    [{ AMPARO_PUBLIC_URL: 'amparo.example.org' }, /AMPARO_PUBLIC_URL must be an http\(s\) address/],
  ])('names the variable and what it expects for %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigurationError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('refuses a real server without the field-encryption key, saying how to make one', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://owner@db.example:5432/amparo' })).toThrow(
      /AMPARO_MASTER_KEY is required with DATABASE_URL.*randomBytes\(32\)/s,
    );
  });

  it('never echoes a secret value back', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:hunter2@host/db' })).toThrow(
      /value hidden/,
    );
    try {
      loadConfig({ DATABASE_URL: 'mysql://user:hunter2@host/db' });
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('reports every problem at once', () => {
    try {
      loadConfig({ PORT: '0', LOG_LEVEL: 'x' });
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect((error as ConfigurationError).problems).toHaveLength(2);
    }
  });
});
