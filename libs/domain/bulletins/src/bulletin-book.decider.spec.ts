import { testing } from '@tuijin/domain-organization';
import { bulletinBookDecider, type BulletinBookCommand, type BulletinBookEvent } from './bulletin-book.decider';

const { specify } = testing;
const DIGEST = 'a'.repeat(64);

const publish = (
  overrides: Partial<Extract<BulletinBookCommand, { type: 'PublishBulletin' }>> = {},
): BulletinBookCommand => ({
  type: 'PublishBulletin',
  today: '2025-07-06',
  districtId: 'd',
  districtName: '铜梁区',
  kind: 'MONTH',
  period: '2025-06',
  knownAt: '2025-07-06T02:00:00.000Z',
  ruleSetVersion: 1,
  digest: DIGEST,
  ...overrides,
});

const published = (
  kind: 'MONTH' | 'TEN_DAY',
  period: string,
  number: number,
  edition = 1,
  correctionNote?: string,
): BulletinBookEvent => ({
  type: 'BulletinPublished',
  occurredOn: '2025-07-06',
  data: {
    districtId: 'd',
    districtName: '铜梁区',
    kind,
    period,
    year: Number(period.slice(0, 4)),
    number,
    edition,
    ...(correctionNote === undefined ? {} : { correctionNote }),
    knownAt: '2025-07-06T02:00:00.000Z',
    ruleSetVersion: 1,
    digest: DIGEST,
  },
});

describe('bulletin book', () => {
  it('numbers bulletins per kind and year in publication order (第N期)', () => {
    specify(bulletinBookDecider)
      .given([published('MONTH', '2025-05', 1), published('TEN_DAY', '2025-06-T1', 1)])
      .when(publish())
      .then([published('MONTH', '2025-06', 2)]);
  });

  it('starts again from 1 in a new year', () => {
    specify(bulletinBookDecider)
      .given([published('MONTH', '2025-12', 12)])
      .when(publish({ period: '2026-01' }))
      .then([published('MONTH', '2026-01', 1)]);
  });

  it('refuses to publish the same kind and period again without a correction note', () => {
    specify(bulletinBookDecider)
      .given([published('MONTH', '2025-06', 7)])
      .when(publish())
      .thenRejects('CONFLICT', 'correctionNote');
  });

  it('publishes a corrected edition (更正) under the same number', () => {
    specify(bulletinBookDecider)
      .given([published('MONTH', '2025-06', 7), published('MONTH', '2025-07', 8)])
      .when(publish({ correctionNote: '更正某项目投资' }))
      .then([published('MONTH', '2025-06', 7, 2, '更正某项目投资')]);
  });

  it.each([
    [{ period: '2025-06-T4' }, 'period'],
    [{ kind: 'WEEK' as never }, 'kind'],
    [{ digest: 'not-a-digest' }, 'digest'],
    [{ knownAt: 'yesterday' }, 'knownAt'],
    [{ correctionNote: '第一次发布无需更正' }, 'correctionNote'],
  ])('refuses bad input %p, naming the field', (change, field) => {
    specify(bulletinBookDecider).given([]).when(publish(change)).thenRejects('BAD_USER_INPUT', field);
  });

  it('keeps a robot address that is http(s) without credentials, and refuses others by field', () => {
    const set = (url: string | null): BulletinBookCommand => ({
      type: 'SetReminderWebhook',
      today: '2025-07-06',
      districtId: 'd',
      url,
    });
    const url = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k';
    specify(bulletinBookDecider)
      .given([])
      .when(set(url))
      .then([{ type: 'ReminderWebhookSet', occurredOn: '2025-07-06', data: { districtId: 'd', url } }]);
    for (const bad of ['javascript:alert(1)', 'https://a:b@robot.example/x', 'robot.example/x'])
      specify(bulletinBookDecider).given([]).when(set(bad)).thenRejects('BAD_USER_INPUT', 'url');
    specify(bulletinBookDecider)
      .given([{ type: 'ReminderWebhookSet', occurredOn: '2025-07-01', data: { districtId: 'd', url } }])
      .when(set(url))
      .then([]);
  });
});
