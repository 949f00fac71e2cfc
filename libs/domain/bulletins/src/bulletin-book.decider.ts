import {
  assertNever,
  conflict,
  invalid,
  optionalText,
  requireInteger,
  type Decider,
  type DomainEvent,
} from '@tuijin/domain-kernel';
import { parseBulletinPeriod, type BulletinKind } from './bulletin-period';
import { requireWebhookUrl } from './webhook-url';

/**
 * A district's bulletin book (通报): the bulletins it has published, numbered per kind and
 * year in publication order ("2025年第7期"), the group robot its reminders (催报) go to, and
 * every reminder sent with its outcome. A published bulletin is never changed: it is
 * reproduced from its `knownAt` and rule-set version, and its digest proves the content.
 */
export type BulletinBookCommand =
  | {
      type: 'PublishBulletin';
      today: string;
      districtId: string;
      districtName: string;
      kind: BulletinKind;
      period: string;
      knownAt: string;
      ruleSetVersion: number;
      digest: string;
      /** Required to publish the same kind and period again: the notice of a corrected edition (更正). */
      correctionNote?: string;
    }
  | { type: 'SetReminderWebhook'; today: string; districtId: string; url: string | null }
  | {
      type: 'RecordReminder';
      today: string;
      districtId: string;
      month: string;
      outcome: ReminderOutcome;
      reason?: string;
      unitCount: number;
    };

export type ReminderOutcome = 'DELIVERED' | 'FAILED';

export interface PublishedBulletinData {
  districtId: string;
  districtName: string;
  kind: BulletinKind;
  period: string;
  year: number;
  /** 第N期: per kind and year, in publication order. A corrected edition keeps its number. */
  number: number;
  /** 1 for the first edition, 2 for the first correction (更正), … */
  edition: number;
  correctionNote?: string;
  knownAt: string;
  ruleSetVersion: number;
  /** SHA-256 of the bulletin's content, hex. */
  digest: string;
}

export type BulletinBookEvent =
  | DomainEvent<'BulletinPublished', PublishedBulletinData>
  | DomainEvent<'ReminderWebhookSet', { districtId: string; url: string | null }>
  | DomainEvent<
      'ReminderSent',
      { districtId: string; month: string; outcome: ReminderOutcome; reason?: string; unitCount: number }
    >;

export interface BulletinBookState {
  /** Per `kind/period`: its number and the latest edition. */
  editions: Record<string, { number: number; edition: number }>;
  /** Per `kind/year`: the last number given. */
  lastNumbers: Record<string, number>;
  webhookUrl: string | null;
}

const DIGEST = /^[0-9a-f]{64}$/;
const keyOf = (kind: BulletinKind, label: string) => `${kind}/${label}`;

function requireInstant(field: string, value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
    throw invalid(field, `${field} must be an ISO-8601 instant`);
  return value;
}

export const bulletinBookDecider: Decider<BulletinBookCommand, BulletinBookEvent, BulletinBookState> = {
  initialState: { editions: {}, lastNumbers: {}, webhookUrl: null },
  decide(command, state) {
    switch (command.type) {
      case 'PublishBulletin': {
        const period = parseBulletinPeriod(command.kind, command.period);
        if (!DIGEST.test(command.digest)) throw invalid('digest', 'digest must be a SHA-256 in hex');
        const knownAt = requireInstant('knownAt', command.knownAt);
        const ruleSetVersion = requireInteger('ruleSetVersion', command.ruleSetVersion, 1, 1_000_000);
        const correctionNote = optionalText('correctionNote', command.correctionNote, 500);
        const earlier = state.editions[keyOf(period.kind, period.label)];
        if (earlier && correctionNote === undefined) {
          throw conflict(
            `The ${period.kind} bulletin for ${period.label} is already published as number ${earlier.number}; ` +
              'give a correctionNote to publish a corrected edition',
            'correctionNote',
          );
        }
        if (!earlier && correctionNote !== undefined) {
          throw invalid('correctionNote', 'correctionNote is only for a bulletin that has been published before');
        }
        const number = earlier?.number ?? (state.lastNumbers[keyOf(period.kind, String(period.year))] ?? 0) + 1;
        return [
          {
            type: 'BulletinPublished',
            occurredOn: command.today,
            data: {
              districtId: command.districtId,
              districtName: command.districtName,
              kind: period.kind,
              period: period.label,
              year: period.year,
              number,
              edition: (earlier?.edition ?? 0) + 1,
              ...(correctionNote === undefined ? {} : { correctionNote }),
              knownAt,
              ruleSetVersion,
              digest: command.digest,
            },
          },
        ];
      }
      case 'SetReminderWebhook': {
        const url = command.url === null ? null : requireWebhookUrl('url', command.url);
        if (url === state.webhookUrl) return [];
        return [
          { type: 'ReminderWebhookSet', occurredOn: command.today, data: { districtId: command.districtId, url } },
        ];
      }
      case 'RecordReminder': {
        const { districtId, month, outcome, reason, unitCount } = command;
        return [
          {
            type: 'ReminderSent',
            occurredOn: command.today,
            data: { districtId, month, outcome, ...(reason === undefined ? {} : { reason }), unitCount },
          },
        ];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'BulletinPublished': {
        const { kind, period, year, number, edition } = event.data;
        const yearKey = keyOf(kind, String(year));
        return {
          ...state,
          editions: { ...state.editions, [keyOf(kind, period)]: { number, edition } },
          lastNumbers: { ...state.lastNumbers, [yearKey]: Math.max(state.lastNumbers[yearKey] ?? 0, number) },
        };
      }
      case 'ReminderWebhookSet':
        return { ...state, webhookUrl: event.data.url };
      case 'ReminderSent':
        return state;
      default:
        return assertNever(event);
    }
  },
};
