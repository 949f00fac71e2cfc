import { monthOf } from '@tuijin/domain-kernel';
import { DEMO_DISTRICTS } from './catalogue/districts';
import { monthsBetween } from './calendar';
import { DEMO_END, DEMO_START, resolveDemoOptions, type DemoOperation, type DemoOptions } from './demo-operation';
import { buildDistricts, organisationOperations } from './organisation';
import { createProfile } from './project-profile';
import { byToday, ProjectSimulation } from './project-simulation';
import { deriveSeed, Random } from './random';

/**
 * The demo as a lazy stream of commands in the order a district's users would
 * enter them, from set-up on DEMO_START to December's reports on DEMO_END. Each
 * project draws from its own seeded stream, so the output depends only on the
 * seed and the scale, and memory holds a month of operations, not the whole demo.
 */
export function* demoOperations(options?: DemoOptions): Generator<DemoOperation> {
  const { seed, scale } = resolveDemoOptions(options);
  const districts = buildDistricts(DEMO_DISTRICTS, seed, scale);
  yield* organisationOperations(districts);

  const projects: ProjectSimulation[] = [];
  for (const district of districts) {
    for (let index = 0; index < district.projectCount; index++) {
      // Each project draws from its own stream: what happens to one never shifts another.
      const random = new Random(deriveSeed(seed, district.index, index));
      projects.push(new ProjectSimulation(createProfile(random, district, index, projects.length), random));
    }
  }
  for (const month of monthsBetween(monthOf(DEMO_START), monthOf(DEMO_END))) {
    const batch: DemoOperation[] = month === RULE_REVISION_MONTH ? ruleRevisions(districts) : [];
    for (const project of projects) project.advance(month, batch);
    // Stable: one project's operations keep their order within a day.
    yield* batch.sort(byToday);
  }
}

/** The mid-year revision of every district's assessment rules (考核规则), published in June for the second half. */
const RULE_REVISION_MONTH = '2025-06';

function ruleRevisions(districts: ReturnType<typeof buildDistricts>): DemoOperation[] {
  return districts.map((district) => ({
    command: 'publishRuleSet',
    today: '2025-06-20',
    input: {
      districtId: district.districtId,
      effectiveFrom: '2025-07-01',
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
