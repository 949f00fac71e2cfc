import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useActorText } from '../../components/ActorText';
import { BackfillTag } from '../../components/tags';
import { DateText, DateTimeText } from '../../components/values';
import type { ProjectDetailFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { refText } from '../../lib/message-text';
import { changeText, isBackfill } from './history-change-text';

type Entry = ProjectDetailFieldsFragment['history'][number];

/** Newest first by business date; what was recorded later comes first on the same day. */
const newestFirst = (a: Entry, b: Entry) => b.occurredOn.localeCompare(a.occurredOn) || b.position - a.position;

/** The project's whole history: what happened, on which business date, recorded when and by whom. */
export function ProjectHistory({ history }: { history: readonly Entry[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const actorText = useActorText();
  const items = [...history].sort(newestFirst).map((entry) => {
    const { title, note } = changeText(entry.change, locale);
    return {
      key: entry.position,
      content: (
        <div className="history-entry">
          <Typography.Text type="secondary" className="history-date">
            <DateText value={entry.occurredOn} />
          </Typography.Text>
          <span>
            <Typography.Text strong>{refText(title, t as never, locale)}</Typography.Text>
            {isBackfill(entry.change) && <BackfillTag />}
          </span>
          {note && <Typography.Paragraph className="history-note">{note}</Typography.Paragraph>}
          <Typography.Text type="secondary" className="history-meta">
            {t('history.recorded')} <DateTimeText value={entry.recordedAt} /> · {actorText(entry.actor)}
            {entry.importedFrom && ` · ${t('history.importedFrom', { fileName: entry.importedFrom.fileName })}`}
          </Typography.Text>
        </div>
      ),
    };
  });
  return <Timeline items={items} />;
}
