// E-mail through the office's SMTP server (nodemailer: the maintained SMTP client for Node, with
// STARTTLS, authentication and connection handling done right). Off when SMTP_HOST is not set.
import { readFileSync } from 'node:fs';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/app-config.token';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter | undefined;
  private readonly from: string | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.from = config.SMTP_FROM;
    this.transport = config.SMTP_HOST
      ? createTransport({
          host: config.SMTP_HOST,
          port: config.SMTP_PORT,
          secure: config.SMTP_SECURE,
          // Names, case references and deadlines travel in these e-mails: never in clear text
          // unless the operator says so on purpose (SMTP_REQUIRE_TLS=false).
          requireTLS: config.SMTP_REQUIRE_TLS && !config.SMTP_SECURE,
          ...(config.SMTP_TLS_CA_FILE
            ? { tls: { ca: readFileSync(config.SMTP_TLS_CA_FILE, 'utf8') } }
            : {}),
          auth: config.SMTP_USER
            ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' }
            : undefined,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        })
      : undefined;
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport || !this.from) throw new Error('SMTP is not configured');
    await this.transport.sendMail({ from: this.from, ...mail });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
