import { districtIdFor, unitIdFor, userIdFor, type CreateUserInput } from '@tuijin/application';
import type { EmbeddedRuntime } from './embedded-runtime';
import { SYSTEM_ACTOR } from '@tuijin/composition';

/** Demo only: every demo account shares this password, listed in the README. */
export const DEMO_PASSWORD = 'Tuijin@2025';

const TONGLIANG = districtIdFor('500151');
const QUXIAN = districtIdFor('511725');
const LEADER_PROJECTS = 5;

const DEMO_USERS: Omit<CreateUserInput, 'password'>[] = [
  { username: 'city', displayName: '市发改委管理员', role: 'CITY_ADMIN' },
  { username: 'tongliang-admin', displayName: '铜梁区发改委管理员', role: 'DISTRICT_ADMIN', districtIds: [TONGLIANG] },
  {
    username: 'tongliang-reporter',
    displayName: '铜梁区发改委填报员',
    role: 'UNIT_REPORTER',
    districtIds: [TONGLIANG],
    unitId: unitIdFor(TONGLIANG, 'FGW'),
  },
  { username: 'tongliang-leader', displayName: '王建国副区长', role: 'LEADER', districtIds: [TONGLIANG] },
  { username: 'analyst', displayName: '市统计分析员', role: 'ANALYST', districtIds: [TONGLIANG, QUXIAN] },
];

/**
 * One demo account per role in 铜梁区 (the analyst also reaches 渠县); the leader is
 * named on a few of 铜梁区's projects so their view is not empty.
 */
export async function seedDemoUsers(runtime: EmbeddedRuntime): Promise<string[]> {
  const context = { actor: SYSTEM_ACTOR, today: runtime.today() };
  for (const user of DEMO_USERS) await runtime.accounts.createUser({ ...user, password: DEMO_PASSWORD }, context);
  const leader = DEMO_USERS.find((user) => user.role === 'LEADER') as (typeof DEMO_USERS)[number];
  const leaderId = userIdFor(leader.username);
  await runtime.waitFor(await runtime.store.lastPosition());
  const page = await runtime.queries.projects(
    TONGLIANG,
    { stage: ['UNDER_CONSTRUCTION'] },
    { first: LEADER_PROJECTS, sortBy: 'code', direction: 'ASC' },
  );
  for (const { node } of page.edges) {
    await runtime.projects.assignLeader(
      { projectId: node.id, leader: { name: leader.displayName, userId: leaderId } },
      context,
    );
  }
  await runtime.waitFor(await runtime.store.lastPosition());
  return DEMO_USERS.map((user) => user.username);
}
