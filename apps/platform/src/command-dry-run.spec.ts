import {
  CommandDispatcher,
  commandMessage,
  districtIdFor,
  projectIdFor,
  unitIdFor,
  type CommandData,
  type CommandMessage,
  type CommandType,
  type DryRunOutcome,
} from '@tuijin/application';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';

const metadata = { actor: { userId: 'admin', role: 'DISTRICT_ADMIN' }, today: '2025-12-31' };
const message = <T extends CommandType>(type: T, data: CommandData<T>) => commandMessage(type, data, metadata);

const districtId = districtIdFor('500151');
const unitId = unitIdFor(districtId, 'FGW');
const projectId = projectIdFor(districtId, 'TL-001');

const district = message('CreateDistrict', { code: '500151', name: '铜梁区' });
const unit = message('CreateUnit', { districtId, code: 'FGW', name: '区发展改革委', kind: 'DEPARTMENT' });
const registration = (leadUnitId = unitId) =>
  message('RegisterProject', {
    districtId,
    code: 'TL-001',
    name: '铜梁区城区污水处理厂',
    category: 'INFRASTRUCTURE',
    leadUnitId,
    totalInvestment: 8000,
    stage: 'SIGNED',
    occurredOn: '2025-02-01',
  });
const plan = message('SetAnnualPlan', {
  projectId,
  year: 2025,
  plannedInvestment: 3000,
  plannedStartMonth: '2025-03',
  plannedCompletionMonth: '2026-12',
});

/** Given these commands handled (appended), a dry run of a batch; then what it says and what the log holds. */
async function given(...history: CommandMessage[]) {
  const store = new SqliteEventStore(':memory:');
  const commands = new CommandDispatcher(store);
  for (const handled of history) await commands.handle(handled);
  const before = await store.lastPosition();
  return {
    commands,
    async whenDryRun(...batch: CommandMessage[]) {
      const outcomes = await commands.dryRun(batch);
      const appended = (await store.lastPosition()) - before;
      return { outcomes, appended, store };
    },
  };
}

const eventTypes = (outcome: DryRunOutcome) => (outcome.ok ? outcome.events.map((event) => event.type) : []);

describe('a dry run of a batch of commands', () => {
  it('passes a project registered and then planned in the same batch, and appends nothing', async () => {
    const { outcomes, appended } = await (await given(district, unit)).whenDryRun(registration(), plan);

    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true]);
    expect(outcomes.map(eventTypes)).toEqual([['ProjectRegistered'], ['AnnualPlanSet']]);
    expect(outcomes[0]).toMatchObject({ index: 0, type: 'RegisterProject', id: projectId });
    expect(appended).toBe(0);
  });

  it('reports an invalid second command at index 1, with its code and field, and appends nothing', async () => {
    const future = message('ChangeStage', { projectId, stage: 'UNDER_CONSTRUCTION', occurredOn: '2026-01-05' });
    const { outcomes, appended } = await (await given(district, unit)).whenDryRun(registration(), future);

    expect(outcomes[0].ok).toBe(true);
    expect(outcomes[1]).toMatchObject({
      index: 1,
      ok: false,
      type: 'ChangeStage',
      error: { code: 'BAD_USER_INPUT', field: 'occurredOn', message: expect.stringContaining('in the future') },
    });
    expect(appended).toBe(0);
  });

  it('reports a lead unit that is not a unit of the district (a check on another aggregate)', async () => {
    const { outcomes } = await (await given(district, unit)).whenDryRun(registration('no-such-unit'));

    expect(outcomes[0]).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'leadUnitId', message: expect.stringContaining('no-such-unit') },
    });
  });

  it('checks across aggregates against what the batch created before, not only against the log', async () => {
    const { outcomes } = await (await given(district)).whenDryRun(unit, registration());

    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true]);
  });

  it('decides later commands without a refused one: planning a project whose registration failed is NOT_FOUND', async () => {
    const { outcomes } = await (await given(district, unit)).whenDryRun(registration('no-such-unit'), plan);

    expect(outcomes[1]).toMatchObject({ index: 1, ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('says what handling the batch then appends', async () => {
    const { outcomes, store } = await (await given(district, unit)).whenDryRun(registration(), plan);
    const commands = new CommandDispatcher(store);
    const before = await store.lastPosition();
    await commands.handle(registration());
    await commands.handle(plan);

    const appended = (await store.readAll(before, 100)).map(({ type, occurredOn, data }) => ({
      type,
      occurredOn,
      data,
    }));
    expect(outcomes.flatMap((outcome) => (outcome.ok ? outcome.events : []))).toEqual(appended);
  });
});

describe('a batch of commands written as one', () => {
  it('appends every accepted command of the batch in one write, in order', async () => {
    const { commands, whenDryRun } = await given(district, unit);
    const { store } = await whenDryRun();
    const before = await store.lastPosition();
    const written = await commands.handleAll([registration(), plan]);
    expect(written).toMatchObject({ written: true, position: before + 2 });
    const events = await store.readAll(before, 10);
    expect(events.map((e) => [e.streamId, e.type])).toEqual([
      [`project-${projectId}`, 'ProjectRegistered'],
      [`project-${projectId}`, 'AnnualPlanSet'],
    ]);
  });

  it('writes nothing of a batch with a refused command, and says which', async () => {
    const { commands, whenDryRun } = await given(district, unit);
    const { store } = await whenDryRun();
    const before = await store.lastPosition();
    const second = registration('unit-of-nowhere');
    const written = await commands.handleAll([plan, second]);
    expect(written.written).toBe(false);
    expect(written.outcomes.map((o) => o.ok)).toEqual([false, false]);
    expect(await store.lastPosition()).toBe(before);
  });

  it('decides the batch again when one of its streams moved on before it was written', async () => {
    const { commands, whenDryRun } = await given(district, unit, registration());
    const { store } = await whenDryRun();
    // another user's command lands between the batch's decision and its write, once
    const appendAll = store.appendAll.bind(store);
    let raced = false;
    store.appendAll = async (requests) => {
      if (!raced) {
        raced = true;
        await commands.handle(message('AssignLeader', { projectId, leader: { name: '张三' } }));
      }
      return appendAll(requests);
    };
    const written = await commands.handleAll([plan]);
    expect(written.written).toBe(true);
    expect((await store.readStream(`project-${projectId}`)).map((e) => e.type)).toEqual([
      'ProjectRegistered',
      'LeaderAssigned',
      'AnnualPlanSet',
    ]);
  });
});
