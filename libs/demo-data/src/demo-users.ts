import {
  districtIdFor,
  projectIdFor,
  unitIdFor,
  userIdFor,
  type CommandMetadata,
  type Commands,
  type CreateUserInput,
} from '@tuijin/application';
import type { Stage } from '@tuijin/domain-projects';
import { demoOperations } from './demo-plan';
import type { DemoOptions } from './demo-operation';

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
 * The demo leader's projects: the first of 铜梁区's projects under construction at the end
 * of the demo, by code. Worked out from the demo plan itself, so a service without read
 * models (the distributed project-service) picks the same ones as the embedded platform.
 */
export function demoLeaderProjects(options?: DemoOptions): string[] {
  const stages = new Map<string, { code: string; stage: Stage }>();
  for (const op of demoOperations(options)) {
    if (op.command === 'RegisterProject' && op.input.districtId === TONGLIANG) {
      const id = projectIdFor(TONGLIANG, String(op.input.code));
      stages.set(id, { code: String(op.input.code), stage: op.input.stage ?? 'RESERVE' });
    } else if (op.command === 'ChangeStage') {
      const project = stages.get(op.input.projectId);
      if (project) project.stage = op.input.stage;
    }
  }
  return [...stages]
    .filter(([, project]) => project.stage === 'UNDER_CONSTRUCTION')
    .sort(([, a], [, b]) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, LEADER_PROJECTS)
    .map(([id]) => id);
}

/**
 * One demo account per role in 铜梁区 (the analyst also reaches 渠县); the leader is
 * named on a few of 铜梁区's projects so their view is not empty. Run after `seedDemo`, with the
 * same demo options (its calendar decides which projects are building).
 */
export async function seedDemoUsers(
  commands: Commands,
  metadata: CommandMetadata,
  demo?: DemoOptions,
): Promise<string[]> {
  for (const user of DEMO_USERS) {
    await commands.handle({ type: 'CreateUser', data: { ...user, password: DEMO_PASSWORD }, metadata });
  }
  const leader = DEMO_USERS.find((user) => user.role === 'LEADER') as (typeof DEMO_USERS)[number];
  for (const projectId of demoLeaderProjects(demo)) {
    await commands.handle({
      type: 'AssignLeader',
      data: { projectId, leader: { name: leader.displayName, userId: userIdFor(leader.username) } },
      metadata,
    });
  }
  return DEMO_USERS.map((user) => user.username);
}
