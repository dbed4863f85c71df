// Notification e-mails carry case references and deadlines: they leave only over TLS unless the
// operator says otherwise on purpose. Against a real SMTP server started here: one without TLS
// is refused by default and accepted with SMTP_REQUIRE_TLS=false; one offering STARTTLS with a
// certificate from the office's own authority (SMTP_TLS_CA_FILE) gets the mail encrypted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../../apps/api/src/app/config/app.config';
import { Mailer } from '../../apps/api/src/app/notifications/mailer';

interface Delivery {
  secure: boolean;
  to: string[];
}

describe('notification e-mail over TLS', () => {
  const folder = mkdtempSync(join(tmpdir(), 'amparo-smtp-'));
  const servers: SMTPServer[] = [];
  const delivered: Delivery[] = [];

  beforeAll(() => {
    // A throwaway authority and a certificate for 127.0.0.1 it signed, made by Debian's openssl.
    const file = (name: string) => join(folder, name);
    const openssl = (args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
    writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1\n');
    openssl([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=Amparo test CA',
      '-keyout',
      file('ca.key'),
      '-out',
      file('ca.pem'),
    ]);
    openssl([
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      file('server.key'),
      '-out',
      file('server.csr'),
    ]);
    openssl([
      'x509',
      '-req',
      '-in',
      file('server.csr'),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-days',
      '1',
      '-out',
      file('server.pem'),
      '-extfile',
      file('server.ext'),
    ]);
  });

  afterAll(async () => {
    for (const server of servers) await new Promise<void>((resolve) => server.close(resolve));
    rmSync(folder, { recursive: true, force: true });
  });

  async function smtpServer(tls: 'none' | 'starttls'): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      logger: false,
      disabledCommands: tls === 'none' ? ['STARTTLS', 'AUTH'] : ['AUTH'],
      ...(tls === 'starttls'
        ? {
            key: readFileSync(join(folder, 'server.key')),
            cert: readFileSync(join(folder, 'server.pem')),
          }
        : {}),
      onData(stream, session, done) {
        stream.resume();
        stream.on('end', () => {
          delivered.push({
            secure: session.secure,
            to: session.envelope.rcptTo.map((r) => r.address),
          });
          done();
        });
      },
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.server.address() as AddressInfo).port;
  }

  const mailer = (env: Record<string, string>) =>
    new Mailer(
      loadConfig({
        NODE_ENV: 'test',
        SMTP_HOST: '127.0.0.1',
        SMTP_FROM: 'Amparo Avisos <avisos@amparo.test>',
        ...env,
      }),
    );
  const mail = (to: string) => ({ to, subject: 'Plazo (test)', text: 'Caso PE-TEST (test)' });

  it('refuses to send in clear text by default', async () => {
    const port = await smtpServer('none');
    const sender = mailer({ SMTP_PORT: String(port) });
    await expect(sender.send(mail('clear@amparo.test'))).rejects.toThrow(/STARTTLS/i);
    expect(delivered.map((d) => d.to[0])).not.toContain('clear@amparo.test');
    sender.onModuleDestroy();
  });

  it('sends in clear text only when SMTP_REQUIRE_TLS=false says so', async () => {
    const port = await smtpServer('none');
    const sender = mailer({ SMTP_PORT: String(port), SMTP_REQUIRE_TLS: 'false' });
    await sender.send(mail('relay@amparo.test'));
    expect(delivered).toContainEqual({ secure: false, to: ['relay@amparo.test'] });
    sender.onModuleDestroy();
  });

  it("sends over STARTTLS to a server certified by the office's own authority", async () => {
    const port = await smtpServer('starttls');
    const sender = mailer({ SMTP_PORT: String(port), SMTP_TLS_CA_FILE: join(folder, 'ca.pem') });
    await sender.send(mail('tls@amparo.test'));
    expect(delivered).toContainEqual({ secure: true, to: ['tls@amparo.test'] });
    sender.onModuleDestroy();
    // Without that authority the certificate is not trusted, and nothing is sent.
    const untrusting = mailer({ SMTP_PORT: String(port) });
    await expect(untrusting.send(mail('untrusted@amparo.test'))).rejects.toThrow(/certificate/i);
    untrusting.onModuleDestroy();
  });
});
