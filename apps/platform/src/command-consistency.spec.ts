import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AggregateRepository, OrganizationCommands, ProjectCommands } from '@tuijin/application';
import { projectDecider } from '@tuijin/domain-projects';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';

const context = { actor: { userId: 'u', role: 'DISTRICT_ADMIN' }, today: '2025-12-31' };

function writer(file: string) {
  const store = new SqliteEventStore(file);
  const aggregates = new AggregateRepository(store);
  const organization = new OrganizationCommands(aggregates);
  return { store, aggregates, organization, projects: new ProjectCommands(aggregates, organization) };
}

describe('commands from two processes on one event log', () => {
  it('decide on the latest facts even when the other process wrote last', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tuijin-cmd-')), 'events.sqlite');
    const a = writer(file);
    const b = writer(file);
    const district = await a.organization.createDistrict({ code: '511725', name: '渠县' }, context);
    const unit = await a.organization.createUnit(
      { districtId: district.id, code: 'ZJJ', name: '县住建局', kind: 'DEPARTMENT' },
      context,
    );
    const project = await a.projects.registerProject(
      {
        districtId: district.id,
        code: 'QX-001',
        name: '渠县城区污水处理厂',
        category: 'INFRASTRUCTURE',
        leadUnitId: unit.id,
        totalInvestment: 8000,
        stage: 'SIGNED',
        occurredOn: '2025-02-01',
      },
      context,
    );
    await a.aggregates.load(projectDecider, `project-${project.id}`);
    await b.projects.changeStage(
      { projectId: project.id, stage: 'UNDER_CONSTRUCTION', occurredOn: '2025-03-01' },
      context,
    );

    await expect(
      a.projects.changeStage({ projectId: project.id, stage: 'UNDER_CONSTRUCTION', occurredOn: '2025-03-02' }, context),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
    await a.projects.changeStage({ projectId: project.id, stage: 'COMPLETED', occurredOn: '2025-11-30' }, context);
    const { state } = await b.aggregates.load(projectDecider, `project-${project.id}`);
    expect(state).toMatchObject({ exists: true, stage: 'COMPLETED', stageSince: '2025-11-30' });
    expect((await b.store.readStream(`project-${project.id}`)).map((e) => e.version)).toEqual([1, 2, 3]);
    await a.store.close();
    await b.store.close();
  });
});
