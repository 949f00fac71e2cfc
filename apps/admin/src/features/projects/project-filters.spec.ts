import { parseListQuery, toApiFilter, toSearchParams } from './project-filters';

describe('project list query in the address', () => {
  it('reads what the address says and ignores what it does not know', () => {
    const query = parseListQuery(new URLSearchParams('q=产业园&stage=UNDER_CONSTRUCTION,BOGUS&sort=NAME&dir=DESC'));
    expect(query).toEqual({
      text: '产业园',
      stages: ['UNDER_CONSTRUCTION'],
      categories: [],
      leadUnitId: undefined,
      sort: 'NAME',
      direction: 'DESC',
    });
  });

  it('writes only what differs from the defaults and reads it back the same', () => {
    const query = parseListQuery(new URLSearchParams('category=SOCIAL&unit=u1'));
    const params = toSearchParams(query);
    expect(params.toString()).toBe('category=SOCIAL&unit=u1');
    expect(parseListQuery(params)).toEqual(query);
    expect(toSearchParams(parseListQuery(new URLSearchParams())).toString()).toBe('');
  });

  it('sends the API only the filters that are set', () => {
    expect(toApiFilter(parseListQuery(new URLSearchParams('q=%20%20')))).toEqual({});
    expect(toApiFilter(parseListQuery(new URLSearchParams('stage=RESERVE&unit=u1')))).toEqual({
      stage: ['RESERVE'],
      leadUnitId: 'u1',
    });
  });
});
