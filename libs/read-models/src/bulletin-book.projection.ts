import type { Actor, Projection } from '@tuijin/application';
import type { BulletinBookEvent, PublishedBulletinData, ReminderOutcome } from '@tuijin/domain-bulletins';
import { assertNever } from '@tuijin/domain-kernel';
import { aggregateIdOf, domainEvent, needOwnDocs } from './stream-keys';
import { COLLECTIONS } from './views';

export interface PublishedBulletinView extends PublishedBulletinData {
  /** `<districtId>/<kind>/<period>/<edition>`. */
  id: string;
  publishedAt: string;
  publishedBy: Actor;
}

export interface ReminderView {
  month: string;
  outcome: ReminderOutcome;
  reason?: string;
  unitCount: number;
  sentAt: string;
  sentBy: Actor;
}

/** A district's bulletin book: its published bulletins (newest first), its group robot and the reminders sent. */
export interface BulletinBookView {
  id: string;
  districtId: string;
  published: PublishedBulletinView[];
  webhookUrl: string | null;
  reminders: ReminderView[];
}

export const publishedBulletinId = (districtId: string, kind: string, period: string, edition: number) =>
  `${districtId}/${kind}/${period}/${edition}`;

/** The bulletins (通报) each district has published, and its reminders (催报). */
export const bulletinBookProjection: Projection = {
  name: 'bulletin-book',
  reads(stored, need) {
    needOwnDocs(stored, 'bulletins', need, COLLECTIONS.bulletinBooks);
  },
  apply(stored, views) {
    if (!stored.streamId.startsWith('bulletins-')) return;
    const districtId = aggregateIdOf(stored);
    let book = views.edit<BulletinBookView>(COLLECTIONS.bulletinBooks, districtId);
    if (!book) {
      const empty: BulletinBookView = { id: districtId, districtId, published: [], webhookUrl: null, reminders: [] };
      views.put(COLLECTIONS.bulletinBooks, empty);
      book = empty;
    }
    const event = domainEvent<BulletinBookEvent>(stored);
    switch (event.type) {
      case 'BulletinPublished': {
        const { districtId: id, kind, period, edition } = event.data;
        const view = { ...event.data, id: publishedBulletinId(id, kind, period, edition) };
        book.published.unshift({ ...view, publishedAt: stored.recordedAt, publishedBy: stored.actor });
        return;
      }
      case 'ReminderWebhookSet':
        book.webhookUrl = event.data.url;
        return;
      case 'ReminderSent': {
        const { month, outcome, reason, unitCount } = event.data;
        book.reminders.unshift({
          month,
          outcome,
          ...(reason === undefined ? {} : { reason }),
          unitCount,
          sentAt: stored.recordedAt,
          sentBy: stored.actor,
        });
        return;
      }
      default:
        assertNever(event);
    }
  },
};
