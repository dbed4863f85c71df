import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { guidanceAge } from '../../../../../../libs/domain/src/lib/countries/guidance-age';
import { anErrorBody } from '../../testing/test-providers';
import { CountryProfilePage } from './country-profile.page';
import { supervisionUrls } from './supervision.api';
import type { CountryProfile, CountryProfileView } from './supervision.models';
import { buttonIn, martinId, setUpSupervisor, squash } from './supervision.spec-helpers';

// Fixtures in the shape of the shipped data (the domain's barrel is not loadable in client tests).
const haiti: CountryProfile = {
  code: 'HT',
  name: { en: 'Haiti', es: 'Haití' },
  roles: ['origin'],
  guidanceFound: true,
  guidance: [
    {
      id: 'unhcr-ht-2022',
      issuer: 'UNHCR',
      title: 'Position on returns to Haiti (test)',
      date: '2022-11',
      summary: { en: 'Calls on states not to return people (test)', es: 'Pide no retornar (test)' },
    },
  ],
  guidanceNote: { en: 'Guidance as cited (test)', es: 'Guía citada (test)' },
  riskProfiles: [],
  riskProfilesTranscribed: true,
  returns: {
    advisedAgainst: true,
    since: '2022-11',
    citationId: 'unhcr-ht-2022',
    note: { en: 'Returns advised against (test)', es: 'Retornos desaconsejados (test)' },
  },
  thirdCountryArrangement: {
    receivesOtherNationals: false,
    status: 'verified',
    note: { en: 'None known (test)', es: 'Ninguno conocido (test)' },
  },
  reviewedOn: '2026-01',
};
const guatemala: CountryProfile = {
  ...haiti,
  code: 'GT',
  name: { en: 'Guatemala', es: 'Guatemala' },
  guidanceFound: false,
  guidance: [],
  guidanceNote: { en: 'No guidance was found (test)', es: 'No se encontró guía (test)' },
  returns: {
    advisedAgainst: false,
    note: { en: 'No advice found (test)', es: 'Sin recomendación (test)' },
  },
};

const reference: CountryProfileView = {
  code: 'HT',
  source: 'reference',
  version: 0,
  updatedAt: null,
  updatedBy: null,
  profile: haiti,
  guidanceAge: guidanceAge(haiti, '2026-12-07'),
  referenceReviewedOn: haiti.reviewedOn,
  referenceNewerThanEdit: false,
};

describe('CountryProfilePage', () => {
  let fixture: ComponentFixture<CountryProfilePage>;
  let backend: HttpTestingController;
  const page = () => fixture.nativeElement as HTMLElement;

  async function settle() {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function open(
    permissions: Parameters<typeof setUpSupervisor>[0],
    view: CountryProfileView,
  ) {
    backend = setUpSupervisor(permissions);
    fixture = TestBed.createComponent(CountryProfilePage);
    fixture.componentRef.setInput('code', view.code);
    await settle();
    backend.expectOne(supervisionUrls.profile(view.code)).flush(view);
    await settle();
  }

  function field(label: string): HTMLInputElement {
    const labelled = Array.from(page().querySelectorAll('mat-form-field')).find((f) =>
      squash(f.querySelector('mat-label')?.textContent).startsWith(label),
    );
    const input = labelled?.querySelector<HTMLInputElement>('input, textarea');
    if (!input) throw new Error(`no field ${label}`);
    return input;
  }

  afterEach(() => backend.verify());

  it('shows the advice against returns with its date and the cited guidance', async () => {
    await open(['country-profiles.edit'], reference);
    const text = squash(page().textContent);
    expect(text).toContain('Haiti (HT)');
    expect(text).toContain('Returns advised against');
    expect(text).toContain('The reference shipped with Amparo');
    for (const cited of haiti.guidance) expect(text).toContain(cited.issuer);
  });

  it('says "guidance not found" where none was found, and offers no edit without the permission', async () => {
    await open([], { ...reference, code: 'GT', profile: guatemala });
    const text = squash(page().textContent);
    expect(text).toContain('Guidance not found');
    expect(() => buttonIn(page(), 'Edit for my office')).toThrow();
  });

  it('saves the edit with the version read, and on a 409 shows the newer version and keeps the edit', async () => {
    await open(['country-profiles.edit'], reference);
    buttonIn(page(), 'Edit for my office').click();
    await settle();
    const reviewed = field('Reviewed against its sources on');
    reviewed.value = '2026-11-20';
    reviewed.dispatchEvent(new Event('input'));
    buttonIn(page(), 'Save for my office').click();

    const put = backend.expectOne({ method: 'PUT', url: supervisionUrls.profile('HT') });
    expect(put.request.body.version).toBe(0);
    // The supervisor saving the copy is its reviewer; the advice is unchanged, so is its source.
    expect(put.request.body.profile).toEqual({
      ...haiti,
      reviewedOn: '2026-11-20',
      reviewedBy: 'Rosa Quispe',
    });
    const theirs: CountryProfileView = {
      ...reference,
      source: 'office',
      version: 1,
      updatedAt: '2026-03-02T10:00:00.000Z',
      updatedBy: martinId,
      profile: { ...haiti, reviewedOn: '2026-03' },
    };
    put.flush(
      {
        ...anErrorBody(409, 'COUNTRY_PROFILE_VERSION_CONFLICT'),
        details: [{ message: 'current version of the record', current: theirs }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    const text = squash(page().textContent);
    expect(text).toContain('Someone else saved this profile while you were editing');
    expect(text).toContain('edited by Martín Huamán (demo)');
    expect(field('Reviewed against its sources on').value).toBe('2026-11-20');

    buttonIn(page(), 'Save my edit over the newer version').click();
    const retry = backend.expectOne({ method: 'PUT', url: supervisionUrls.profile('HT') });
    expect(retry.request.body.version).toBe(1);
    retry.flush({ ...theirs, version: 2, profile: { ...haiti, reviewedOn: '2026-11-20' } });
    await settle();
    expect(squash(page().textContent)).toContain('Saved as your office’s version 2');
  });

  it('shows how old the guidance is, each source with its words, and a newer reference', async () => {
    const sourced: CountryProfile = {
      ...haiti,
      guidance: [
        {
          ...haiti.guidance[0],
          exactTitle: true,
          status: 'verified',
          sourceUrl: 'https://help.unhcr.org/test',
          excerpt: 'Calls on all states to suspend forcible returns (test)',
        },
      ],
      reviewedBy: 'Amparo legal-research review (test)',
    };
    await open(['country-profiles.read'], {
      ...reference,
      source: 'office',
      version: 1,
      updatedAt: '2026-11-23T10:00:00.000Z',
      updatedBy: martinId,
      profile: sourced,
      guidanceAge: guidanceAge(sourced, '2026-12-07'),
      referenceReviewedOn: '2026-12-07',
      referenceNewerThanEdit: true,
    });
    const age = squash(page().querySelector('[data-testid="guidance-age"]')?.textContent);
    expect(age).toBe(
      'Review due Newest country guidance dated 2022-11, 4 years 1 month old. Older than two years: review it and look for newer guidance.',
    );
    const text = squash(page().textContent);
    expect(text).toContain('Reviewed 2026-01 by Amparo legal-research review (test)');
    expect(text).toContain('Text read at https://help.unhcr.org/test.');
    expect(text).toContain(
      'Words relied on: “Calls on all states to suspend forcible returns (test)”',
    );
    // The returns advice of this copy names no source: said, never implied.
    expect(text).toContain('Source not recorded');
    expect(squash(page().querySelector('[data-testid="reference-newer"]')?.textContent)).toContain(
      'reviewed again on 2026-12-07, after your office’s edit',
    );
  });

  it("drops the reference's source from an advice the office changes, and keeps the arrangements", async () => {
    const salvador: CountryProfile = {
      ...haiti,
      code: 'SV',
      returns: { ...haiti.returns, status: 'verified', sourceUrl: 'https://x.test', excerpt: 'x' },
      thirdCountryArrangement: {
        receivesOtherNationals: true,
        status: 'secondary',
        note: { en: 'Receives others (test)', es: 'Recibe a otros (test)' },
        arrangements: [
          {
            id: 'sv-us-2025',
            title: { en: 'Arrangement (test)', es: 'Arreglo (test)' },
            date: '2025-02-03',
            inForce: 'unknown',
            status: 'secondary',
            note: { en: 'From the press (test)', es: 'De la prensa (test)' },
            sourceUrl: 'https://press.test',
            excerpt: 'from any country (test)',
          },
        ],
      },
    };
    await open(['country-profiles.edit'], { ...reference, code: 'SV', profile: salvador });
    expect(squash(page().textContent)).toContain(
      'Arrangement (test) — 2025-02-03, whether still applied is not known',
    );
    buttonIn(page(), 'Edit for my office').click();
    await settle();
    const note = field('Note on returns (English)');
    note.value = 'The office disagrees (test)';
    note.dispatchEvent(new Event('input'));
    buttonIn(page(), 'Save for my office').click();
    const put = backend.expectOne({ method: 'PUT', url: supervisionUrls.profile('SV') });
    const sent = put.request.body.profile as CountryProfile;
    expect(sent.returns).toEqual({
      advisedAgainst: true,
      since: '2022-11',
      citationId: 'unhcr-ht-2022',
      note: { en: 'The office disagrees (test)', es: 'Retornos desaconsejados (test)' },
    });
    expect(sent.thirdCountryArrangement.arrangements).toEqual(
      salvador.thirdCountryArrangement.arrangements,
    );
    put.flush({ ...reference, code: 'SV', version: 1, source: 'office', profile: sent });
    await settle();
  });

  it('lists each refused field of a 400', async () => {
    await open(['country-profiles.edit'], reference);
    buttonIn(page(), 'Edit for my office').click();
    await settle();
    buttonIn(page(), 'Save for my office').click();
    backend.expectOne({ method: 'PUT', url: supervisionUrls.profile('HT') }).flush(
      {
        ...anErrorBody(400, 'COUNTRY_PROFILE_INVALID'),
        details: [
          { field: 'profile.returns.citationId', message: 'must cite guidance of the profile' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const text = squash(page().querySelector('[data-testid="profile-error"]')?.textContent);
    expect(text).toContain('Correct these fields');
    expect(text).toContain('profile.returns.citationId: must cite guidance of the profile');
  });
});
