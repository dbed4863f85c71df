// Intake of many people from a CSV file: a paralegal checks a file of people retained a few hours
// ago on Lima's clock (one row with a problem), imports the valid rows, watches the job finish,
// then finds the new cases on the caseload with their clocks counting down in Lima time.
import type { Page } from 'playwright-core';
import { seriousA11yViolations, signIn, staffMember } from './support/amparo';
import { pageErrors, useBrowser } from './support/browser';

const session = useBrowser();

afterAll(() => expect(pageErrors).toEqual([]));

/** The local wall-clock time in Lima `hours` ago, as the template asks: `YYYY-MM-DD HH:mm`. */
function limaWallClockHoursAgo(hours: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/Lima',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(Date.now() - hours * 3_600_000)
      .map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}

/** The instant a Lima wall-clock time names (Lima keeps -05:00 all year). */
const limaInstant = (wallClock: string) => Date.parse(`${wallClock.replace(' ', 'T')}:00-05:00`);

const people = [
  { given: 'Yeferson', family: 'Lote Uno (demo)', born: '1996-05-14', hoursAgo: 2 },
  { given: 'Maryelis', family: 'Lote Dos (demo)', born: '2001-09-30', hoursAgo: 3 },
  { given: 'Kleiber', family: 'Lote Tres (demo)', born: '1989-01-07', hoursAgo: 4 },
].map((person) => ({ ...person, retained: limaWallClockHoursAgo(person.hoursAgo) }));

function intakeFile(): string {
  const header =
    'given_names,family_names,birth_date,nationalities,jurisdiction,procedure,custody_status,event_type,event_occurred_at,event_source';
  const rows = people.map(
    (p) =>
      `${p.given},${p.family},${p.born},VE,PE,pasee-expulsion,detained,police-retention,${p.retained},Acta policial`,
  );
  // Line 5: a procedure Peru's rule pack does not know.
  rows.push(
    `Nairobi,Lote Cuatro (demo),1999-12-01,VE,PE,expulsion-rapida,detained,police-retention,${people[0]?.retained},Acta policial`,
  );
  return [header, ...rows].join('\r\n') + '\r\n';
}

/** Hours each clock the caseload may show runs from the retention (the PE rule pack). */
const clockHours: Record<string, number> = {
  'Police preliminary report': 12,
  'PASEE must end (expulsion may be decided and executed)': 24,
};

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function minutesLeft(page: Page, name: string): Promise<{ title: string; left: number }> {
  const countdown = page.getByRole('listitem').filter({ hasText: name }).getByTestId('countdown');
  const text = squash(await countdown.textContent());
  // Both clocks are the authorities' limits (police and Migraciones), and say so.
  const match = /^(.+): (\d+) h (\d+) min left on the authority's limit$/.exec(text);
  if (!match) throw new Error(`not a countdown on an authority's limit: "${text}"`);
  return { title: match[1] ?? '', left: Number(match[2]) * 60 + Number(match[3]) };
}

describe('intake of many people (CSV)', () => {
  it('a paralegal imports retained people and sees their clocks on the caseload', async () => {
    const page = await session.newPage();
    await page.clock.install();
    await signIn(page, staffMember('paralegal'));
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Import many (CSV)' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Import many people (CSV)' }).waitFor();

    await page.getByTestId('csv-file').setInputFiles({
      name: 'retenidos-lima.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(intakeFile(), 'utf8'),
    });
    await page.getByText(/retenidos-lima\.csv \(\d+ kB\)/).waitFor();
    await page.getByRole('button', { name: 'Check the file' }).click();

    // The summary, the problem by line and column, and import all refused while it stands.
    await page.getByRole('heading', { name: 'Check result' }).waitFor();
    await expect(page.getByTestId('csv-rows').innerText()).resolves.toBe('4');
    await expect(page.getByTestId('csv-valid').innerText()).resolves.toBe('3');
    await expect(page.getByTestId('csv-invalid').innerText()).resolves.toBe('1');
    const problems = page.getByRole('table', { name: 'Problems by line and column' });
    const problem = problems.getByRole('row').filter({ hasText: 'expulsion-rapida' });
    await expect(problem.getByRole('cell').nth(0).innerText()).resolves.toBe('5');
    await expect(problem.getByRole('cell').nth(1).innerText()).resolves.toBe('procedure');
    await expect(
      page.getByRole('button', { name: 'Import all 4 rows' }).isDisabled(),
    ).resolves.toBe(true);
    // The preview: each person with the retention on Lima's clock.
    const preview = page.getByTestId('csv-preview');
    for (const person of people)
      await preview.getByText(`${person.given} ${person.family}`).waitFor();
    await preview
      .getByText(/Lima time/)
      .first()
      .waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    await page.getByRole('button', { name: 'Import only the 3 valid rows' }).click();
    await page.getByText('3 people taken in. Their cases:').waitFor({ timeout: 30_000 });
    const created = page.getByTestId('csv-created').getByRole('link');
    await expect(created.count()).resolves.toBe(3);
    for (const person of people) {
      const link = created.filter({ hasText: `${person.given} ${person.family}` });
      await expect(link.getAttribute('href')).resolves.toMatch(/^\/cases\/[0-9a-f-]+$/);
    }
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    // The caseload: the three, each with a live countdown on Lima's clock from their retention.
    await page.getByRole('link', { name: 'Go to the caseload' }).click();
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await page.getByLabel('Search by name').fill('Lote');
    await page.getByTestId('caseload-total').getByText('3 cases', { exact: true }).waitFor();
    const before = new Map<string, number>();
    for (const person of people) {
      const name = `${person.given} ${person.family}`;
      await page.getByRole('listitem').filter({ hasText: name }).waitFor();
      const { title, left } = await minutesLeft(page, name);
      const hours = clockHours[title];
      if (hours === undefined) throw new Error(`unexpected clock "${title}" for ${name}`);
      const expected = (limaInstant(person.retained) + hours * 3_600_000 - Date.now()) / 60_000;
      expect(Math.abs(left - expected)).toBeLessThanOrEqual(2);
      before.set(name, left);
    }

    // Live: ten minutes on, every countdown says ten minutes less.
    await page.clock.fastForward('10:00');
    const first = `${people[0]?.given} ${people[0]?.family}`;
    await page.waitForFunction(
      ([name, left]) => {
        const row = Array.from(document.querySelectorAll('[role=listitem]')).find((li) =>
          li.textContent?.includes(name),
        );
        const text = row?.querySelector('[data-testid=countdown]')?.textContent ?? '';
        const [, h, m] = /(\d+) h (\d+) min/.exec(text) ?? [];
        return Number(h) * 60 + Number(m) <= left - 10;
      },
      [first, before.get(first) ?? 0] as const,
    );
    for (const [name, left] of before) {
      const now = await minutesLeft(page, name);
      expect(left - now.left).toBeGreaterThanOrEqual(10);
      expect(left - now.left).toBeLessThanOrEqual(11);
    }

    // The first person's case: the PASEE itself counts down from the retention 2 h ago (24 h),
    // ten minutes further on.
    await page.getByRole('listitem').filter({ hasText: first }).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: first }).waitFor();
    await page
      .getByTestId('case-clock')
      .filter({ hasText: 'PASEE must end' })
      .getByText(/21 h \d+ min left/)
      .waitFor();
  });

  it('on a phone in Spanish: a dropped file, the API refusing its header, the problems table', async () => {
    const page = await session.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      locale: 'es-PE',
    });
    await signIn(page, staffMember('paralegal'), 'es');
    await page.goto('/intake/csv');
    await page.getByRole('heading', { level: 1, name: 'Importar varias personas (CSV)' }).waitFor();

    /** Drops a file on the drop area the way a browser does (a DataTransfer holding it). */
    const drop = async (name: string, text: string) => {
      const transfer = await page.evaluateHandle(
        ([fileName, content]) => {
          const data = new DataTransfer();
          data.items.add(new File([content], fileName, { type: 'text/csv' }));
          return data;
        },
        [name, text] as const,
      );
      await page.getByTestId('csv-drop').dispatchEvent('dragover', { dataTransfer: transfer });
      await page.getByTestId('csv-drop').dispatchEvent('drop', { dataTransfer: transfer });
      await page.getByText(new RegExp(`${name.replace('.', '\\.')} \\(\\d+ kB\\)`)).waitFor();
    };

    // A header the API does not know: its own sentence, naming what is missing.
    await drop('hoja.csv', 'nombre,apellido\r\nAna,Rojas\r\n');
    await page.getByRole('button', { name: 'Revisar el archivo' }).click();
    await page
      .getByTestId('csv-error')
      .getByText(/The first line must name the template's columns: missing column\(s\)/)
      .waitFor();

    // A file with a problem: the table by line and column, in Spanish, and no sideways scroll.
    const born = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
    await drop(
      'personas.csv',
      [
        'given_names,family_names,birth_date,jurisdiction,procedure,custody_status',
        `Rosmery,Lote Movil (demo),${born},PE,pasee-expulsion,detained`,
        'Jhonny,Lote Movil Dos (demo),1990-03-03,PE,pasee-expulsion,detained',
      ].join('\r\n'),
    );
    await page.getByRole('button', { name: 'Revisar el archivo' }).click();
    const table = page.getByRole('table', { name: 'Problemas por línea y columna' });
    await table.getByRole('columnheader', { name: 'Columna' }).waitFor();
    const problem = table.getByRole('row').filter({ hasText: 'birth_date' });
    await expect(problem.getByRole('cell').first().innerText()).resolves.toBe('2');
    await expect(
      page.getByRole('button', { name: 'Importar las 2 filas' }).isDisabled(),
    ).resolves.toBe(true);
    await page.getByRole('button', { name: 'Importar solo la fila válida' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });
});
