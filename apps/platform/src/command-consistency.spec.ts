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

const newLog = () => join(mkdtempSync(join(tmpdir(), 'tuijin-cmd-')), 'events.sqlite');

async function registerProject(w: ReturnType<typeof writer>, stage: 'SIGNED' | 'UNDER_CONSTRUCTION') {
  const district = await w.organization.createDistrict({ code: '511725', name: '渠县' }, context);
  const unit = await w.organization.createUnit(
    { districtId: district.id, code: 'ZJJ', name: '县住建局', kind: 'DEPARTMENT' },
    context,
  );
  return w.projects.registerProject(
    {
      districtId: district.id,
      code: 'QX-001',
      name: '渠县城区污水处理厂',
      category: 'INFRASTRUCTURE',
      leadUnitId: unit.id,
      totalInvestment: 8000,
      stage,
      occurredOn: '2025-02-01',
    },
    context,
  );
}

describe('commands on one project at once, in one process', () => {
  it('all succeed, applied in the order they came, instead of failing each other with conflicts', async () => {
    const w = writer(newLog());
    const project = await registerProject(w, 'UNDER_CONSTRUCTION');
    const reports = await Promise.allSettled(
      Array.from({ length: 16 }, (_, i) =>
        w.projects.submitMonthlyReport(
          { projectId: project.id, month: '2025-11', investment: 100 + i, progressPercent: 40 },
          context,
        ),
      ),
    );
    expect(reports.filter((r) => r.status === 'rejected')).toEqual([]);
    const stream = await w.store.readStream(`project-${project.id}`);
    expect(stream.slice(1).map((e) => (e.data as { investment: number }).investment)).toEqual(
      Array.from({ length: 16 }, (_, i) => 100 + i),
    );
    await w.store.close();
  });
});

describe('commands from two processes on one event log', () => {
  it('decide on the latest facts even when the other process wrote last', async () => {
    const file = newLog();
    const a = writer(file);
    const b = writer(file);
    const project = await registerProject(a, 'SIGNED');
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
