// The e-mail of a notification: Spanish and English, the case by its reference (never the
// client's name), and a link into Amparo when its public address is configured.
import type { NotificationEntity } from './notification.entity';

type Notice = Pick<NotificationEntity, 'title' | 'body' | 'caseId' | 'data'>;

export function notificationEmail(
  notice: Notice,
  publicUrl: string | undefined,
): { subject: string; text: string } {
  const link =
    publicUrl && notice.caseId ? `${publicUrl.replace(/\/$/, '')}/cases/${notice.caseId}` : null;
  const subject =
    notice.title.es === notice.title.en
      ? `[Amparo] ${notice.title.es}`
      : `[Amparo] ${notice.title.es} / ${notice.title.en}`;
  const text = [
    notice.title.es,
    '',
    notice.body.es,
    ...(link ? ['', `Abrir en Amparo: ${link}`] : []),
    '',
    '---',
    '',
    notice.title.en,
    '',
    notice.body.en,
    ...(link ? ['', `Open in Amparo: ${link}`] : []),
    '',
    '--',
    'Amparo: aviso automático / automatic notice. Apoyo a la investigación, no asesoría legal.',
  ].join('\n');
  return { subject: subject.replace(/[\r\n]+/g, ' ').slice(0, 250), text };
}
