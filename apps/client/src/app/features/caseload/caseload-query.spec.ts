import {
  filtersFromParams,
  filtersToApiQuery,
  filtersToParams,
  isFiltered,
  noFilters,
} from './caseload-query';

describe('caseload filters', () => {
  it('keeps the plain caseload at a bare address', () => {
    expect(Object.values(filtersToParams(noFilters)).every((value) => value === null)).toBe(true);
    expect(isFiltered(noFilters)).toBe(false);
    expect(isFiltered({ ...noFilters, sort: 'last-change' })).toBe(false);
  });

  it('round-trips every filter through the address bar', () => {
    const filters = {
      q: 'quispe',
      aNumber: 'A123456789',
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      stage: 'active',
      custody: 'detained',
      risk: 'high',
      within: 48,
      mine: true,
      sort: 'next-deadline',
    } as const;
    const params = filtersToParams(filters);
    expect(params).toEqual({
      q: 'quispe',
      aNumber: 'A123456789',
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      stage: 'active',
      custody: 'detained',
      risk: 'high',
      within: '48',
      mine: '1',
      sort: 'next-deadline',
    });
    expect(filtersFromParams(params)).toEqual(filters);
    expect(isFiltered(filters)).toBe(true);
  });

  it('drops what a stale or mistyped link carries instead of sending it on', () => {
    expect(
      filtersFromParams({
        stage: 'lost',
        risk: 'HIGH',
        within: '-3',
        jurisdiction: 'Peru',
        procedure: 'x; drop',
        sort: 'random',
        mine: 'yes',
      }),
    ).toEqual(noFilters);
    expect(filtersFromParams({ jurisdiction: 'pe' }).jurisdiction).toBe('PE');
  });

  it('asks the API with its own parameter names, the cursor and the person for "mine"', () => {
    expect(
      filtersToApiQuery(
        { ...noFilters, q: 'ana', within: 24, mine: true, risk: 'extreme', sort: 'last-change' },
        'user-1',
        'cursor-2',
        200,
      ),
    ).toEqual({
      limit: '200',
      q: 'ana',
      deadlineWithinHours: '24',
      assignee: 'user-1',
      risk: 'extreme',
      sort: 'last-change',
      cursor: 'cursor-2',
    });
    // The default ranking is the API's default: not sent.
    expect(filtersToApiQuery(noFilters, 'user-1', null, 50)).toEqual({ limit: '50' });
  });
});
