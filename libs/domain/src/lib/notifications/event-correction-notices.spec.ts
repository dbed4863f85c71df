import { correctionDecidedNotice, correctionRequestedNotice } from './event-correction-notices';

const clocks = [
  { en: 'PASEE must end', es: 'El PASEE debe terminar' },
  { en: 'Police report to the prosecutor', es: 'Informe policial a la fiscalía' },
];

describe('event correction notices', () => {
  it('tells the attorney which clocks a waiting correction would change, in both languages', () => {
    const notice = correctionRequestedNotice({ caseReference: 'PE-2026-ABC123', clocks });
    expect(notice.title).toEqual({
      en: 'Correction to confirm: it moves deadlines (PE-2026-ABC123)',
      es: 'Corrección por confirmar: mueve plazos (PE-2026-ABC123)',
    });
    expect(notice.body.en).toBe(
      'A correction of an event\'s time on case PE-2026-ABC123 waits for an attorney: it would change "PASEE must end", "Police report to the prosecutor". Nothing moves until it is confirmed.',
    );
    expect(notice.body.es).toContain(
      'cambiaría "El PASEE debe terminar", "Informe policial a la fiscalía"',
    );
  });

  it('tells the member who asked whether it was confirmed or declined', () => {
    const confirmed = correctionDecidedNotice({ caseReference: 'PE-1', clocks, confirmed: true });
    expect(confirmed.title.en).toBe('Correction confirmed (PE-1)');
    expect(confirmed.body.es).toContain('siguen ahora la hora corregida');
    const declined = correctionDecidedNotice({ caseReference: 'PE-1', clocks, confirmed: false });
    expect(declined.title).toEqual({
      en: 'Correction declined (PE-1)',
      es: 'Corrección rechazada (PE-1)',
    });
    expect(declined.body.en).toContain('stay as they were');
  });
});
