// Every setting the API reads from its environment, validated once at start-up.
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  validateSync,
} from 'class-validator';
import { KEY_FORMAT_HINT, keySettingProblems } from '../crypto/key-settings.rules';
import {
  isTrustProxy,
  parseTrustProxy,
  TRUST_PROXY_HINT,
  TRUST_PROXY_TRUE_REFUSED,
  type TrustProxy,
} from './trust-proxy.setting';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class AppConfig {
  @IsIn(['development', 'production', 'test'], {
    message: 'NODE_ENV must be one of development, production, test',
  })
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number between 1 and 65535' })
  @Min(1, { message: 'PORT must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 1 and 65535' })
  PORT = 3000;

  @IsString()
  @MinLength(1, { message: 'HOST must be an interface address such as 127.0.0.1 or 0.0.0.0' })
  HOST = '127.0.0.1';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message:
      'DATABASE_URL must be a PostgreSQL URL such as postgres://amparo_owner:secret@db.example:5432/amparo',
  })
  DATABASE_URL?: string = undefined;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message: 'DATABASE_APP_URL must be a PostgreSQL URL for the application role (amparo_app)',
  })
  DATABASE_APP_URL?: string = undefined;

  @IsOptional()
  @IsString()
  DATABASE_APP_PASSWORD?: string = undefined;

  @Transform(toInt)
  @IsInt({ message: 'DATABASE_POOL_MAX must be a whole number between 1 and 200' })
  @Min(1, { message: 'DATABASE_POOL_MAX must be a whole number between 1 and 200' })
  @Max(200, { message: 'DATABASE_POOL_MAX must be a whole number between 1 and 200' })
  DATABASE_POOL_MAX = 10;

  @IsString()
  @MinLength(1, { message: 'AMPARO_DATA_DIR must be a folder path' })
  AMPARO_DATA_DIR = '.amparo';

  @IsString()
  @MinLength(1, { message: 'AMPARO_CLIENT_DIR must be the folder of the built client' })
  AMPARO_CLIENT_DIR = 'dist/apps/client/browser';

  @Transform(toBool)
  @IsBoolean({ message: 'AMPARO_SEED_DEMO must be true or false' })
  AMPARO_SEED_DEMO = true;

  /** Which reverse proxies may name the client: a hop count or their addresses, never "all". */
  @Transform(({ value }) => (typeof value === 'string' ? (parseTrustProxy(value) ?? value) : value))
  @ValidateBy({
    name: 'trustProxy',
    validator: {
      validate: isTrustProxy,
      defaultMessage: (args) =>
        String(args?.value).trim().toLowerCase() === 'true'
          ? TRUST_PROXY_TRUE_REFUSED
          : TRUST_PROXY_HINT,
    },
  })
  TRUST_PROXY: TrustProxy = false;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=$/, {
    message: `AMPARO_MASTER_KEY must be ${KEY_FORMAT_HINT}`,
  })
  AMPARO_MASTER_KEY?: string = undefined;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*$/, {
    message: `AMPARO_OLD_KEYS must be comma-separated keys, each ${KEY_FORMAT_HINT}`,
  })
  AMPARO_OLD_KEYS?: string = undefined;

  @Transform(toBool)
  @IsBoolean({ message: 'AMPARO_JOB_WORKERS must be true or false' })
  AMPARO_JOB_WORKERS = true;

  @Transform(toNumber)
  @IsNumber({}, { message: 'AMPARO_JOB_POLL_SECONDS must be a number of seconds from 0.5 to 60' })
  @Min(0.5, { message: 'AMPARO_JOB_POLL_SECONDS must be a number of seconds from 0.5 to 60' })
  @Max(60, { message: 'AMPARO_JOB_POLL_SECONDS must be a number of seconds from 0.5 to 60' })
  AMPARO_JOB_POLL_SECONDS = 2;

  /**
   * How long a job may go without a sign of life from the instance running it before a working
   * instance takes it back and offers it again (the instance was killed, or its machine died).
   */
  @Transform(toInt)
  @IsInt({ message: 'AMPARO_JOB_LOST_SECONDS must be a whole number of seconds from 10 to 600' })
  @Min(10, { message: 'AMPARO_JOB_LOST_SECONDS must be a whole number of seconds from 10 to 600' })
  @Max(600, { message: 'AMPARO_JOB_LOST_SECONDS must be a whole number of seconds from 10 to 600' })
  AMPARO_JOB_LOST_SECONDS = 30;

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  /** Where members reach Amparo, e.g. https://amparo.example.org: links in e-mails and feeds. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message: 'AMPARO_PUBLIC_URL must be an http(s) address such as https://amparo.example.org',
  })
  AMPARO_PUBLIC_URL?: string = undefined;

  /** SMTP server for e-mail notifications; without it notifications stay in the app. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]{1,253}$|^\[?[0-9a-fA-F:.]+\]?$/, {
    message: 'SMTP_HOST must be a host name or IP address such as smtp.example.org',
  })
  SMTP_HOST?: string = undefined;

  @Transform(toInt)
  @IsInt({ message: 'SMTP_PORT must be a whole number between 1 and 65535' })
  @Min(1, { message: 'SMTP_PORT must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'SMTP_PORT must be a whole number between 1 and 65535' })
  SMTP_PORT = 587;

  /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
  @Transform(toBool)
  @IsBoolean({ message: 'SMTP_SECURE must be true or false' })
  SMTP_SECURE = false;

  /**
   * true (the default): a mail goes out only over TLS (SMTP_SECURE, or STARTTLS, which the server
   * must then offer); false: a server without TLS is accepted, for a relay on the same host only.
   */
  @Transform(toBool)
  @IsBoolean({ message: 'SMTP_REQUIRE_TLS must be true or false' })
  SMTP_REQUIRE_TLS = true;

  /** A PEM file of the certificate authority that signed the SMTP server's certificate, when
   * it is the office's own rather than a public one. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  SMTP_TLS_CA_FILE?: string = undefined;

  @IsOptional()
  @IsString()
  @MinLength(1)
  SMTP_USER?: string = undefined;

  @IsOptional()
  @IsString()
  @MinLength(1)
  SMTP_PASSWORD?: string = undefined;

  @IsOptional()
  @Matches(/^([^<>\r\n]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/, {
    message:
      'SMTP_FROM must be an e-mail address, optionally with a name: Amparo <amparo@example.org>',
  })
  SMTP_FROM?: string = undefined;

  get embedded(): boolean {
    return !this.DATABASE_URL;
  }
}

/** Raised when the environment cannot run the API; the message names every variable at fault. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n  - ${problems.join('\n  - ')}\nSee README.md, "Configuration".`,
    );
    this.name = 'ConfigurationError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const present = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => known.includes(key) && value !== undefined && value !== '',
    ),
  );
  const config = plainToInstance(AppConfig, present);
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    throw new ConfigurationError(
      errors.map((error) => {
        const got = String(env[error.property] ?? '');
        const shown = /PASSWORD|KEY|URL/.test(error.property) ? '(value hidden)' : `got "${got}"`;
        return `${Object.values(error.constraints ?? {}).join('; ')} (${shown})`;
      }),
    );
  }
  const smtpProblems = smtpSettingProblems(config);
  if (smtpProblems.length > 0) throw new ConfigurationError(smtpProblems);
  const keyProblems = keySettingProblems(config);
  if (keyProblems.length > 0) throw new ConfigurationError(keyProblems);
  return config;
}

/** SMTP settings that only make sense together. */
function smtpSettingProblems(config: AppConfig): string[] {
  const problems: string[] = [];
  if (config.SMTP_HOST && !config.SMTP_FROM)
    problems.push('SMTP_FROM must be set when SMTP_HOST is (the sender of notification e-mails)');
  if (!config.SMTP_HOST && config.SMTP_FROM)
    problems.push('SMTP_HOST must be set when SMTP_FROM is (the server that sends them)');
  if (Boolean(config.SMTP_USER) !== Boolean(config.SMTP_PASSWORD))
    problems.push('SMTP_USER and SMTP_PASSWORD must be set together (or neither)');
  return problems;
}
