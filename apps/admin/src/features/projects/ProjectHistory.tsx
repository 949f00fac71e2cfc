import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateText, DateTimeText } from '../../components/values';
import type { ProjectDetailFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { describeEvent } from '../../lib/event-description';
import { refText } from '../../lib/message-text';
import { useUnits } from '../../workspace/use-units';
import { useUserNames } from '../../workspace/use-user-names';

type Entry = ProjectDetailFieldsFragment['history'][number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who did it: the role in words, and the person's name when the viewer may know it (never a bare id). */
function Actor({ actor, nameOf }: { actor: Entry['actor']; nameOf: (userId: string) => string | undefined }) {
  const { t, i18n } = useTranslation();
  const roleKey = `role.${actor.role}`;
  const role = i18n.exists(roleKey) ? t(roleKey) : actor.role;
  const name = nameOf(actor.userId) ?? (UUID.test(actor.userId) ? undefined : actor.userId);
  return <>{name ? `${role} · ${name}` : role}</>;
}

/** Newest first by business date; what was recorded later comes first on the same day. */
const newestFirst = (a: Entry, b: Entry) => b.occurredOn.localeCompare(a.occurredOn) || b.position - a.position;

/** The project's whole history: what happened, on which business date, recorded when and by whom. */
export function ProjectHistory({ history }: { history: readonly Entry[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { nameOf } = useUnits();
  const userName = useUserNames();
  const items = [...history].sort(newestFirst).map((entry) => {
    const { title, note } = describeEvent(entry.type, (entry.data ?? {}) as Record<string, unknown>, { locale, unitName: nameOf });
    return {
      key: entry.position,
      content: (
        <div className="history-entry">
          <Typography.Text type="secondary" className="history-date">
            <DateText value={entry.occurredOn} />
          </Typography.Text>
          <Typography.Text strong>{refText(title, t as never, locale)}</Typography.Text>
          {note && <Typography.Paragraph className="history-note">{note}</Typography.Paragraph>}
          <Typography.Text type="secondary" className="history-meta">
            {t('history.recorded')} <DateTimeText value={entry.recordedAt} /> · <Actor actor={entry.actor} nameOf={userName} />
          </Typography.Text>
        </div>
      ),
    };
  });
  return <Timeline items={items} />;
}
