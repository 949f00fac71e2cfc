import { bulletinBookDecider, type BulletinBookCommand, type BulletinBookState } from '@tuijin/domain-bulletins';
import { handlersOf } from '../commands/command-handler';
import { streamOf } from '../ids';

type CommandData<Type extends BulletinBookCommand['type']> = Omit<
  Extract<BulletinBookCommand, { type: Type }>,
  'type' | 'today'
>;

/** A bulletin to publish: its content computed as of `knownAt`, under that rule-set version, hashing to `digest`. */
export type PublishBulletinInput = CommandData<'PublishBulletin'>;
export type SetReminderWebhookInput = CommandData<'SetReminderWebhook'>;
export type RecordReminderInput = CommandData<'RecordReminder'>;

const bulletinBook = handlersOf(bulletinBookDecider);

/** A command on a district's bulletin book, passed on as it came; answers the district's id. */
const onBook = <Type extends BulletinBookCommand['type']>(type: Type) =>
  bulletinBook({
    stream: (data: CommandData<Type>) => streamOf.bulletinBook(data.districtId),
    command: async (data, _state, { metadata, checks }) => {
      await checks.requireDistrict(data.districtId);
      return { type, today: metadata.today, ...data } as Extract<BulletinBookCommand, { type: Type }>;
    },
    answer: (data) => ({ id: data.districtId }),
  });

/** A district's bulletin book (通报): publishing bulletins, its group robot, and the reminders (催报) sent. */
export const bulletinHandlers = {
  /** Answers the district id as `id`, with the bulletin's number and edition. */
  PublishBulletin: {
    ...onBook('PublishBulletin'),
    answer: (data: PublishBulletinInput, after: BulletinBookState) => {
      const published = after.editions[`${data.kind}/${data.period}`];
      return { id: data.districtId, number: published.number, edition: published.edition };
    },
  },
  SetReminderWebhook: onBook('SetReminderWebhook'),
  RecordReminder: onBook('RecordReminder'),
};
