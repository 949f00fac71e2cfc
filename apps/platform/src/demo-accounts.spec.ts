import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { districtIdFor, userIdFor, verifyPassword } from '@tuijin/application';
import { SYSTEM_ACTOR } from '@tuijin/composition';
import { DEMO_ACTOR, DEMO_PASSWORD, seedDemo, seedDemoUsers } from '@tuijin/demo-data';
import { EmbeddedRuntime } from './embedded-runtime';
import { TEST_SECURITY } from './testing/test-platform';

describe('the demo accounts', () => {
  let runtime: EmbeddedRuntime;
  let usernames: string[];

  beforeAll(async () => {
    runtime = new EmbeddedRuntime(mkdtempSync(join(tmpdir(), 'tuijin-demo-')), () => '2026-01-31', TEST_SECURITY);
    await runtime.start();
    await seedDemo(runtime.commands, DEMO_ACTOR);
    usernames = await seedDemoUsers(runtime.commands, { actor: SYSTEM_ACTOR, today: runtime.today() });
    await runtime.waitFor(await runtime.store.lastPosition());
  }, 60_000);

  afterAll(() => runtime.close());

  it('are one per role, all with the demo password', async () => {
    const users = await Promise.all(usernames.map((username) => runtime.queries.user(userIdFor(username))));
    expect(users.map((user) => user?.role).sort()).toEqual([
      'ANALYST',
      'CITY_ADMIN',
      'DISTRICT_ADMIN',
      'LEADER',
      'UNIT_REPORTER',
    ]);
    for (const username of usernames) {
      const credentials = await runtime.queries.credentials(userIdFor(username));
      expect(await verifyPassword(DEMO_PASSWORD, credentials?.passwordHash ?? '')).toBe(true);
    }
  });

  it('give the leader the first five of 铜梁区’s projects under construction, as the read models show them', async () => {
    const tongliang = districtIdFor('500151');
    const building = await runtime.queries.projects(
      tongliang,
      { stage: ['UNDER_CONSTRUCTION'] },
      { first: 5, sortBy: 'code', direction: 'ASC' },
    );
    const led = await runtime.queries.projects(
      tongliang,
      { leaderUserId: userIdFor('tongliang-leader') },
      { first: 100, sortBy: 'code', direction: 'ASC' },
    );
    expect(led.edges.map((edge) => edge.node.id)).toEqual(building.edges.map((edge) => edge.node.id));
    expect(led.totalCount).toBe(5);
  });
});
