import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateText, DateTimeText } from '../../components/values';
import type { ProjectDetailFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { describeEvent } from '../../lib/event-description';
import { refText } from '../../lib/message-text';
import { useUnits } from '../../workspace/use-units';

type Entry = ProjectDetailFieldsFragment['history'][number];

/** Who did it: the role in words, and the account. */
function Actor({ actor }: { actor: Entry['actor'] }) {
  const { t, i18n } = useTranslation();
  const roleKey = `role.${actor.role}`;
  const role = i18n.exists(roleKey) ? t(roleKey) : actor.role;
  return (
    <>
      {role} · {actor.userId}
    </>
  );
}

/** The project's whole history, newest first: what happened, on which business date, recorded when and by whom. */
export function ProjectHistory({ history }: { history: readonly Entry[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { nameOf } = useUnits();
  const items = [...history].reverse().map((entry) => {
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
            {t('history.recorded')} <DateTimeText value={entry.recordedAt} /> · <Actor actor={entry.actor} />
          </Typography.Text>
        </div>
      ),
    };
  });
  return <Timeline items={items} />;
}
