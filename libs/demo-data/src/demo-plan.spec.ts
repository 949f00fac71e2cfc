import { districtIdFor, projectIdFor } from '@tuijin/application';
import { CODE_PATTERN } from '@tuijin/domain-kernel';
import { DEMO_DISTRICTS } from './catalogue/districts';
import { demoOperations, generateDemo } from './demo-plan';
import { DemoCalendar, REFERENCE_END_MONTH } from './demo-calendar';
import type { DemoOperation } from './demo-operation';

/** The calendar the demo has without an end month: calendar year 2025, its reports in by January 2026. */
const REFERENCE = new DemoCalendar(REFERENCE_END_MONTH);
const DEMO_START = REFERENCE.startDay;
const DEMO_END = REFERENCE.simulatedEnd;
const DEMO_YEAR = REFERENCE.currentYear;

/** Business dates an input may carry, which must not be after the day the operation is entered. */
const BUSINESS_DATES = ['occurredOn', 'submittedOn', 'raisedOn', 'resolvedOn'] as const;

const inputOf = (op: DemoOperation): Record<string, unknown> => ({ ...op.input });
const ofCommand = <K extends DemoOperation['command']>(ops: DemoOperation[], command: K) =>
  ops.filter((op): op is Extract<DemoOperation, { command: K }> => op.command === command);

describe('the demo plan', () => {
  const demo = generateDemo();

  it('is the same for the same seed and scale, and different for another seed', () => {
    expect(generateDemo()).toEqual(demo);
    expect(generateDemo({ seed: 7, scale: 0.3 })).toEqual(generateDemo({ seed: 7, scale: 0.3 }));
    expect(generateDemo({ seed: 8, scale: 0.3 })).not.toEqual(generateDemo({ seed: 7, scale: 0.3 }));
  });

  it('streams lazily what generateDemo collects', () => {
    const stream = demoOperations({ scale: 0.1 });
    expect(stream.next().value).toEqual({
      command: 'CreateDistrict',
      input: { code: '500151', name: '铜梁区' },
      today: DEMO_START,
    });
    expect([...demoOperations({ scale: 0.1 })]).toEqual(generateDemo({ scale: 0.1 }));
  });

  it('enters operations day by day, never dating a fact after the day it is entered', () => {
    expect(demo[0].today).toBe(DEMO_START);
    expect(demo[demo.length - 1].today <= DEMO_END).toBe(true);
    const violations: string[] = [];
    demo.forEach((op, index) => {
      if (index > 0 && op.today < demo[index - 1].today) violations.push(`#${index} goes back to ${op.today}`);
      for (const field of BUSINESS_DATES) {
        const day = inputOf(op)[field];
        if (typeof day === 'string' && day > op.today) violations.push(`#${index} ${op.command}: ${field} ${day}`);
      }
    });
    expect(violations).toEqual([]);
  });

  it('has the reported number of key projects per district at scale 1, and 155 in 铜梁区', () => {
    const registered = ofCommand(demo, 'RegisterProject');
    for (const district of DEMO_DISTRICTS) {
      const districtId = districtIdFor(district.code);
      expect(registered.filter((op) => op.input.districtId === districtId)).toHaveLength(district.projects);
    }
    expect(registered.filter((op) => op.input.districtId === districtIdFor('500151'))).toHaveLength(155);
  });

  it('plans about 233亿元 (2,330,000 万元) of investment in 铜梁区 for the year', () => {
    const districtId = districtIdFor('500151');
    const tongliang = new Set(
      ofCommand(demo, 'RegisterProject')
        .filter((op) => op.input.districtId === districtId)
        .map((op) => projectIdFor(districtId, op.input.code)),
    );
    const firstPlans = new Map<string, number>();
    for (const { input } of ofCommand(demo, 'SetAnnualPlan')) {
      if (input.year === DEMO_YEAR && tongliang.has(input.projectId) && !firstPlans.has(input.projectId)) {
        firstPlans.set(input.projectId, input.plannedInvestment);
      }
    }
    const total = [...firstPlans.values()].reduce((sum, amount) => sum + amount, 0);
    expect(total).toBeGreaterThan(2_330_000 * 0.7);
    expect(total).toBeLessThan(2_330_000 * 1.3);
  });

  it('uses valid codes and names of allowed length', () => {
    for (const op of ofCommand(demo, 'RegisterProject')) {
      expect(op.input.code).toMatch(CODE_PATTERN);
      expect(op.input.name.length).toBeLessThanOrEqual(200);
    }
    for (const op of [...ofCommand(demo, 'CreateUnit'), ...ofCommand(demo, 'CreateDistrict')]) {
      expect(op.input.code).toMatch(CODE_PATTERN);
      expect(op.input.name.length).toBeLessThanOrEqual(100);
    }
  });

  it('scales the number of projects', () => {
    const count = (scale: number) => ofCommand(generateDemo({ scale }), 'RegisterProject').length;
    expect(count(0.1)).toBe(16 + 4 + 3 + 6 + 8);
    expect(count(3)).toBe(3 * 364);
  });

  it('refuses a scale that is not a positive number', () => {
    expect(() => generateDemo({ scale: 0 })).toThrow(RangeError);
    expect(() => generateDemo({ scale: Number.NaN })).toThrow(RangeError);
  });
});
