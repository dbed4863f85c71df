// Every route declares who may call it, and the list of routes with their permissions is a
// reviewed snapshot: any change to who may call what shows up in the diff as a security change.
import { startTestApi, type TestApi } from './support/test-api';
import { routeTable } from './support/route-table';

describe('route permissions', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('has a permission or an explicit @Public() on every route', () => {
    const undeclared = routeTable(api.app).filter((route) => route.access === 'undeclared');
    expect(undeclared).toEqual([]);
  });

  it('matches the reviewed list of routes and who may call them', () => {
    const lines = routeTable(api.app).map(
      (route) => `${route.method.padEnd(6)} ${route.path}  →  ${route.access}`,
    );
    expect(lines).toMatchSnapshot();
  });
});
