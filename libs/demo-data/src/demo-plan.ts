import { firstDayOf } from '@tuijin/domain-kernel';
import { DEMO_DISTRICTS } from './catalogue/districts';
import { monthsBetween } from './calendar';
import type { DemoCalendar } from './demo-calendar';
import { resolveDemoOptions, type DemoOperation, type DemoOptions } from './demo-operation';
import { buildDistricts, organisationOperations } from './organisation';
import { createProfile } from './project-profile';
import { byToday, ProjectSimulation } from './project-simulation';
import { deriveSeed, Random } from './random';

/**
 * The demo as a lazy stream of commands in the order a district's users would
 * enter them, from set-up on the calendar's first day until the last month's reports
 * are in (or its last day). Each project draws from its own seeded stream, so the
 * output depends only on the seed, the scale and the end month, and memory holds a
 * month of operations, not the whole demo.
 */
export function* demoOperations(options?: DemoOptions): Generator<DemoOperation> {
  const { seed, scale, calendar } = resolveDemoOptions(options);
  const districts = buildDistricts(DEMO_DISTRICTS, seed, scale);
  yield* organisationOperations(districts, calendar);

  const projects: ProjectSimulation[] = [];
  for (const district of districts) {
    for (let index = 0; index < district.projectCount; index++) {
      // Each project draws from its own stream: what happens to one never shifts another.
      const random = new Random(deriveSeed(seed, district.index, index));
      projects.push(new ProjectSimulation(createProfile(random, district, index, projects.length, calendar), random));
    }
  }
  for (const month of monthsBetween(calendar.month(0), calendar.month(13))) {
    const batch: DemoOperation[] =
      month === calendar.month(RULE_REVISION_MONTH) ? ruleRevisions(districts, calendar) : [];
    for (const project of projects) project.advance(month, batch);
    // Stable: one project's operations keep their order within a day. Nothing is entered after the last day.
    for (const op of batch.sort(byToday)) if (op.today <= calendar.lastDay) yield op;
  }
}

/** The mid-window revision of every district's assessment rules (考核规则), published in its sixth month for the rest. */
const RULE_REVISION_MONTH = 6;

function ruleRevisions(districts: ReturnType<typeof buildDistricts>, calendar: DemoCalendar): DemoOperation[] {
  return districts.map((district) => ({
    command: 'PublishRuleSet',
    today: calendar.day(RULE_REVISION_MONTH, 20),
    input: {
      districtId: district.districtId,
      effectiveFrom: firstDayOf(calendar.month(RULE_REVISION_MONTH + 1)),
      weights: { investment: 45, start: 20, reserve: 10, problems: 15, punctuality: 10 },
      yellowMaxLag: 0.1,
      startDelayYellowMonths: 1,
      startDelayRedMonths: 3,
      bottomN: 3,
      reportDueDay: 5,
    },
  }));
}

/** The whole demo as a list (see demoOperations for a lazy stream). */
export const generateDemo = (options?: DemoOptions): DemoOperation[] => [...demoOperations(options)];
