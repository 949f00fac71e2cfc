import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AggregateRepository, CommandDispatcher, commandMessage } from '@tuijin/application';
import { projectDecider } from '@tuijin/domain-projects';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';

const metadata = { actor: { userId: 'u', role: 'DISTRICT_ADMIN' }, today: '2025-12-31' };

function writer(file: string) {
  const store = new SqliteEventStore(file);
  return { store, commands: new CommandDispatcher(store) };
}

const newLog = () => join(mkdtempSync(join(tmpdir(), 'tuijin-cmd-')), 'events.sqlite');

async function registerProject(w: ReturnType<typeof writer>, stage: 'SIGNED' | 'UNDER_CONSTRUCTION') {
  const district = await w.commands.handle(
    commandMessage('CreateDistrict', { code: '511725', name: '渠县' }, metadata),
  );
  const unit = await w.commands.handle(
    commandMessage(
      'CreateUnit',
      { districtId: district.id, code: 'ZJJ', name: '县住建局', kind: 'DEPARTMENT' },
      metadata,
    ),
  );
  return w.commands.handle(
    commandMessage(
      'RegisterProject',
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
      metadata,
    ),
  );
}

describe('commands on one project at once, in one process', () => {
  it('all succeed, applied in the order they came, instead of failing each other with conflicts', async () => {
    const w = writer(newLog());
    const project = await registerProject(w, 'UNDER_CONSTRUCTION');
    const reports = await Promise.allSettled(
      Array.from({ length: 16 }, (_, i) =>
        w.commands.handle(
          commandMessage(
            'SubmitMonthlyReport',
            { projectId: project.id, month: '2025-11', investment: 100 + i, progressPercent: 40 },
            metadata,
          ),
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
    const changeStage = (stage: 'UNDER_CONSTRUCTION' | 'COMPLETED', occurredOn: string) =>
      commandMessage('ChangeStage', { projectId: project.id, stage, occurredOn }, metadata);
    // `a` has the project as it registered it; `b` moves it on
    await b.commands.handle(changeStage('UNDER_CONSTRUCTION', '2025-03-01'));

    await expect(a.commands.handle(changeStage('UNDER_CONSTRUCTION', '2025-03-02'))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'stage',
    });
    await a.commands.handle(changeStage('COMPLETED', '2025-11-30'));
    const { state } = await new AggregateRepository(b.store).load(projectDecider, `project-${project.id}`);
    expect(state).toMatchObject({ exists: true, stage: 'COMPLETED', stageSince: '2025-11-30' });
    expect((await b.store.readStream(`project-${project.id}`)).map((e) => e.version)).toEqual([1, 2, 3]);
    await a.store.close();
    await b.store.close();
  });
});
