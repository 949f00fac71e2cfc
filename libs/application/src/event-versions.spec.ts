import { EVENT_UPCASTERS, EVENT_VERSIONS, EventVersions } from './event-versions';

// a made-up event: version 1 stored `investment`, version 2 renamed it `amount`, version 3 added its unit
const versions = new EventVersions({
  InvestmentNoted: [
    (data: { investment: number }) => ({ amount: data.investment }),
    (data: { amount: number }) => ({ ...data, unit: '万元' }),
  ],
});
const noted = (schemaVersion: number | undefined, data: object) => ({
  type: 'InvestmentNoted',
  ...(schemaVersion === undefined ? {} : { schemaVersion }),
  data,
});

describe('event versions', () => {
  it('put a type at one more than its number of upcasters, and a type without any at 1', () => {
    expect(versions.current('InvestmentNoted')).toBe(3);
    expect(versions.current('SomethingElse')).toBe(1);
    expect(versions.current('constructor')).toBe(1);
    expect(EVENT_VERSIONS.current('MonthlyReportSubmitted')).toBe(EVENT_UPCASTERS.MonthlyReportSubmitted.length + 1);
  });

  it("upcast an event from the version it was stored at to today's, through each later upcaster in turn", () => {
    const today = noted(3, { amount: 120, unit: '万元' });
    expect(versions.upcast(noted(1, { investment: 120 }))).toEqual(today);
    expect(versions.upcast(noted(2, { amount: 120 }))).toEqual(today);
    expect(versions.upcast(noted(undefined, { investment: 120 }))).toEqual(today);
  });

  it('leave an event already in its current shape as it is, and give a version to one stored without', () => {
    const current = noted(3, { amount: 1, unit: '万元' });
    expect(versions.upcast(current)).toBe(current);
    expect(versions.upcast({ type: 'SomethingElse', data: { n: 1 } })).toEqual({
      type: 'SomethingElse',
      schemaVersion: 1,
      data: { n: 1 },
    });
  });

  it('refuse an event stored at a version this build does not know, naming the type and both versions', () => {
    expect(() => versions.upcast(noted(4, {}))).toThrow(
      'An event of type InvestmentNoted is stored at schema version 4, but this build knows versions 1 to 3 only',
    );
    expect(() => versions.upcast(noted(0, {}))).toThrow('schema version 0');
  });
});
