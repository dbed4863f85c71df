import { escalationNotice, missedNotice, reminderNotice } from './deadline-notices';

const deadline = {
  caseReference: 'PE-2026-0007',
  ruleTitle: { en: 'PASEE decision', es: 'Decisión del PASEE' },
  dueAtMs: Date.parse('2026-07-30T02:10:00Z'),
  timeZone: 'America/Lima',
  ruleStatus: 'secondary' as const,
  citation: 'DL 1582, art. 4',
};

describe('deadline notices', () => {
  it('says how far ahead, on the forum clock, in both languages, with the caution', () => {
    const notice = reminderNotice(deadline, 6);
    expect(notice.title.en).toBe('Due within 6 hours: PASEE decision (PE-2026-0007)');
    expect(notice.title.es).toBe('Vence en 6 horas: Decisión del PASEE (PE-2026-0007)');
    expect(notice.body.en).toContain('falls due 2026-07-29 21:10 (UTC-05:00) America/Lima');
    expect(notice.body.en).toContain('secondary source');
    expect(reminderNotice({ ...deadline, ruleStatus: 'verified' }, 72).title.en).toMatch(
      /^Due within 3 days:/,
    );
    expect(reminderNotice(deadline, 24).title.es).toMatch(/^Vence en 1 día:/);
  });

  it('reports a missed deadline and an escalation by case reference', () => {
    expect(missedNotice(deadline).title.es).toBe(
      'Plazo vencido: Decisión del PASEE (PE-2026-0007)',
    );
    const escalation = escalationNotice({
      caseReference: 'PE-2026-0007',
      level: 'extreme',
      clocks: [{ en: 'An open PASEE.', es: 'PASEE abierto.' }],
    });
    expect(escalation.title.en).toContain('extreme risk');
    expect(escalation.body.es).toContain('PASEE abierto.');
  });
});
