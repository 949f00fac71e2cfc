import { useQuery } from '@apollo/client/react';
import { Button } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { QueryState } from '../../components/QueryState';
import type { BulletinKind } from '../../gql/graphql';
import { DISPLAY_TIME_ZONE } from '../../lib/locale';
import { todayIn } from '../../lib/period';
import { BulletinDocument } from './BulletinDocument';
import { BulletinQuery, PublishedBulletinContentQuery } from './bulletins.operations';

/** Sets the document title while the page is shown: the browser prints it as the file name. */
function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}

/**
 * The bulletin alone, on A4, without the app around it: what a district office prints from
 * the browser (page numbers, and table rows kept whole, come from the print style sheet).
 */
export default function BulletinPrintPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const districtId = params.get('district') ?? '';
  const kind = (params.get('kind') ?? 'MONTH') as BulletinKind;
  const period = params.get('period') ?? '';
  const edition = params.get('edition');
  const live = useQuery(BulletinQuery, { variables: { districtId, kind, period }, skip: edition !== null });
  const published = useQuery(PublishedBulletinContentQuery, {
    variables: { id: `${districtId}/${kind}/${period}/${edition}` },
    skip: edition === null,
  });
  const query = edition === null ? live : published;
  const edited = published.data?.publishedBulletin;
  const bulletin = edited?.content ?? live.data?.bulletin;
  const issue = edited
    ? {
        number: edited.number,
        edition: edited.edition,
        correctionNote: edited.correctionNote,
        issuedOn: todayIn(DISPLAY_TIME_ZONE, new Date(edited.publishedAt)),
      }
    : { issuedOn: todayIn(DISPLAY_TIME_ZONE, new Date()) };
  useDocumentTitle(bulletin ? `${bulletin.districtName}-${bulletin.period}` : undefined);
  return (
    <div className="print-page">
      <div className="print-toolbar no-print">
        <Button type="primary" onClick={() => window.print()}>
          {t('bulletins.printNow')}
        </Button>
      </div>
      <QueryState loading={query.loading} error={query.error} empty={!bulletin} onRetry={() => void query.refetch()}>
        {bulletin && <BulletinDocument bulletin={bulletin} issue={issue} />}
      </QueryState>
    </div>
  );
}
