import type { Server } from 'http';
import type { AddressInfo } from 'net';
import express from 'express';
import { CommandDispatcher, commandMessage, districtIdFor, type Commands } from '@tuijin/application';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';
import { commandRouter } from './command-endpoint';
import { remoteCommands } from './remote-commands';

const metadata = { actor: { userId: 'admin', role: 'CITY_ADMIN' }, today: '2025-12-31' };

describe('the project-service command endpoint', () => {
  let store: SqliteEventStore;
  let server: Server;
  let url: string;
  let remote: Commands;
  const post = (path: string, body: unknown) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    store = new SqliteEventStore(':memory:');
    const app = express().use(commandRouter(new CommandDispatcher(store)));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    remote = remoteCommands({ url });
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  });

  it('runs a command message sent to POST /commands and answers what the command answers', async () => {
    const result = await remote.handle(commandMessage('CreateDistrict', { code: '500151', name: '铜梁区' }, metadata));

    expect(result).toEqual({ id: districtIdFor('500151'), position: 1 });
  });

  it("carries the domain's refusal back as the same error", async () => {
    const again = remote.handle(commandMessage('CreateDistrict', { code: '500151', name: '铜梁区' }, metadata));

    await expect(again).rejects.toMatchObject({ name: 'DomainError', code: 'CONFLICT' });
  });

  it('refuses an unknown command type with 400 and runs nothing', async () => {
    const response = await post('/commands', { type: 'DropDistrict', data: {}, metadata });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { kind: 'internal', message: 'unknown command type "DropDistrict"' },
    });
    expect(await store.lastPosition()).toBe(1);
  });

  it('refuses a message without its metadata with 400', async () => {
    const response = await post('/commands', { type: 'CreateDistrict', data: { code: '1', name: '区' } });

    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /metadata must carry the actor and today/,
    );
  });

  it('answers a dry run and appends nothing', async () => {
    const outcomes = await remote.dryRun([
      commandMessage('CreateDistrict', { code: '511725', name: '渠县' }, metadata),
      commandMessage('RenameDistrict', { districtId: districtIdFor('511725'), name: '渠县（更名）' }, metadata),
      commandMessage('CreateDistrict', { code: '500151', name: '铜梁区' }, metadata),
    ]);

    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, false]);
    expect(outcomes[2]).toMatchObject({ index: 2, error: { code: 'CONFLICT' } });
    expect(await store.lastPosition()).toBe(1);
  });

  it('refuses a dry run naming the first message that is not one', async () => {
    const response = await post('/commands/dry-run', {
      messages: [commandMessage('CreateDistrict', { code: '1', name: '区' }, metadata), { type: 'Nope' }],
    });

    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'messages[1]: unknown command type "Nope"',
    );
  });

  it('writes a batch sent to POST /commands/batch whole, or nothing of it when one message is refused', async () => {
    const before = await store.lastPosition();
    const refused = await remote.handleAll([
      commandMessage('CreateDistrict', { code: '140922', name: '侯马经济开发区' }, metadata),
      commandMessage('CreateDistrict', { code: '500151', name: '铜梁区' }, metadata),
    ]);
    expect(refused).toMatchObject({ written: false, position: 0 });
    expect(await store.lastPosition()).toBe(before);

    const written = await remote.handleAll([
      commandMessage('CreateDistrict', { code: '140922', name: '侯马经济开发区' }, metadata),
      commandMessage('RenameDistrict', { districtId: districtIdFor('140922'), name: '侯马开发区' }, metadata),
    ]);
    expect(written).toMatchObject({ written: true, position: before + 2 });
  });
});
