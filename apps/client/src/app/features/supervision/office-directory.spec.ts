import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../core/auth';
import { aMeResponseFor, provideTestHttp, resetBrowserStorage } from '../../testing/test-providers';
import { OfficeDirectory } from './office-directory';
import { supervisionUrls } from './supervision.api';

describe('OfficeDirectory', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    resetBrowserStorage();
    TestBed.configureTestingModule({ providers: [provideTestHttp()] });
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  function signIn(organizationId: string, permissions: Parameters<typeof aMeResponseFor>[1]) {
    const me = aMeResponseFor(['supervisor'], permissions);
    // As after a sign-in: the app asks the API who is signed in now.
    TestBed.inject(AuthService).loadSession().subscribe();
    backend
      .expectOne((request) => request.url.endsWith('/auth/me'))
      .flush({ ...me, user: { ...me.user, organizationId } });
  }

  it('reads names once per signed-in person, and forgets them for the next one', () => {
    const directory = TestBed.inject(OfficeDirectory);
    signIn('org-lima', ['cases.assign']);
    directory.load();
    backend
      .expectOne(supervisionUrls.members)
      .flush([{ id: 'u-1', name: 'Lucía Ferrer (demo)', roles: ['attorney'], disabled: false }]);
    directory.load();
    backend.expectNone(supervisionUrls.members);
    expect(directory.nameOf('u-1')).toBe('Lucía Ferrer (demo)');

    signIn('org-tijuana', ['cases.assign']);
    directory.load();
    expect(directory.nameOf('u-1')).toBeNull();
    backend.expectOne(supervisionUrls.members).flush([]);
  });

  it('asks for nothing without the permission to list members', () => {
    signIn('org-lima', ['audit.read']);
    TestBed.inject(OfficeDirectory).load();
    backend.expectNone(supervisionUrls.members);
  });
});
