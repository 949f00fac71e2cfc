import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BulletinFieldsFragment, BulletinKind } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { formatDate, formatPercent, formatScore, formatWan } from '../../lib/format';

/** How the issue reads in the title: 第N期 of a published bulletin, or a preview. */
export interface BulletinIssueInfo {
  number?: number;
  edition?: number;
  correctionNote?: string | null;
  issuedOn: string;
}

function Table({ headers, rows, empty }: { headers: string[]; rows: ReactNode[][]; empty: string }) {
  if (rows.length === 0) return <p className="bulletin-empty">{empty}</p>;
  return (
    <table className="bulletin-table">
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A bulletin (通报) as the district office prints it: title, issuing office and date, and
 * every section as a table. The print page shows it alone on A4; the bulletin page previews it.
 */
export function BulletinDocument({
  bulletin: b,
  issue,
}: {
  bulletin: BulletinFieldsFragment;
  issue: BulletinIssueInfo;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const wan = (v: number | null | undefined) => formatWan(v, locale, 2);
  // running text writes large amounts in 亿元, as district offices do; tables keep 万元
  const amount = (v: number) =>
    v >= 10_000
      ? t('bulletins.doc.yi', { value: formatWan(v / 10_000, locale, 2) })
      : t('bulletins.doc.wan', { value: wan(v) });
  const pct = (v: number | null | undefined) => formatPercent(v, locale, 1);
  const day = (v: string | null | undefined) => formatDate(v, locale);
  const project = (p: { code: string; name: string }) => `${p.code} ${p.name}`;
  const h = b.headline;
  const gap =
    h.gapPoints === null
      ? t('bulletins.doc.noPlan')
      : Math.abs(h.gapPoints) < 0.05
        ? t('bulletins.doc.onTarget')
        : t(h.gapPoints > 0 ? 'bulletins.doc.ahead' : 'bulletins.doc.behind', {
            points: Math.abs(h.gapPoints).toFixed(1),
          });
  const title =
    issue.number === undefined
      ? t('bulletins.doc.titlePreview', { district: b.districtName, period: bulletinPeriodText(t, b.kind, b.period) })
      : t(issue.edition && issue.edition > 1 ? 'bulletins.doc.titleCorrected' : 'bulletins.doc.title', {
          district: b.districtName,
          year: b.period.slice(0, 4),
          number: issue.number,
        });
  return (
    <article className="bulletin-document" lang="zh-CN">
      <header className="bulletin-masthead">
        <h1>{title}</h1>
        <div className="bulletin-issuer">
          <span>{t('bulletins.doc.issuer', { district: b.districtName })}</span>
          <span>{day(issue.issuedOn)}</span>
        </div>
        {issue.correctionNote && (
          <p className="bulletin-correction">{t('bulletins.doc.correction', { note: issue.correctionNote })}</p>
        )}
      </header>

      <section>
        <h2>{t('bulletins.doc.headline')}</h2>
        <p className="bulletin-paragraph">
          {t('bulletins.doc.headlineText', {
            day: day(b.asOfDay),
            count: h.projectCount,
            stages: h.stages
              .filter((s) => s.count > 0)
              .map((s) => `${t(`stage.${s.stage}`)} ${s.count}`)
              .join(t('bulletins.doc.listSeparator')),
            total: amount(h.totalInvestment),
            planned: amount(h.plannedInvestment),
            completed: amount(h.completedInvestment),
            share: pct(h.completionShare),
            gap,
            target: pct(h.targetShare),
            assessed: b.assessedPeriod,
          })}
          {h.cancelledCount > 0 && t('bulletins.doc.cancelled', { count: h.cancelledCount })}
        </p>
      </section>

      <section>
        <h2>{t('bulletins.doc.starts')}</h2>
        <p className="bulletin-paragraph">
          {t('bulletins.doc.startsText', {
            day: day(b.asOfDay),
            due: b.starts.due,
            started: b.starts.started,
            rate: pct(b.starts.rate),
          })}
        </p>
        <Table
          headers={[
            t('bulletins.col.project'),
            t('bulletins.col.leadUnit'),
            t('bulletins.col.leader'),
            t('bulletins.col.plannedStart'),
            t('bulletins.col.stage'),
          ]}
          rows={b.starts.missed.map((m) => [
            project(m.project),
            m.project.leadUnit,
            m.project.leader ?? '',
            m.plannedStartMonth,
            t(`stage.${m.stage}`),
          ])}
          empty={t('bulletins.doc.noMissedStarts')}
        />
      </section>

      <section>
        <h2>{t('bulletins.doc.ranking')}</h2>
        <p className="bulletin-paragraph">
          {t('bulletins.doc.rankingNote', { period: b.assessedPeriod, version: b.ruleSetVersion })}
        </p>
        <Table
          headers={[
            t('bulletins.col.rank'),
            t('bulletins.col.unit'),
            t('bulletins.col.projects'),
            t('metric.investmentCompletion'),
            t('metric.constructionStart'),
            t('metric.reserve'),
            t('metric.problemClearance'),
            t('metric.reportingPunctuality'),
            t('bulletins.col.score'),
            t('bulletins.col.note'),
          ]}
          rows={b.ranking.map((u) => [
            u.rank,
            u.unit.name,
            u.projectCount,
            formatScore(u.investmentCompletion.points, locale),
            formatScore(u.constructionStart.points, locale),
            formatScore(u.reserve.points, locale),
            formatScore(u.problemClearance.points, locale),
            formatScore(u.reportingPunctuality.points, locale),
            formatScore(u.score, locale),
            u.tieBreak ? t(`bulletins.tieBreak.${u.tieBreak}`) : '',
          ])}
          empty={t('bulletins.doc.noRanking')}
        />
        {b.reverseRanking.length > 0 && (
          <p className="bulletin-paragraph bulletin-bottom">
            {t('bulletins.doc.bottom', {
              units: b.reverseRanking.map((u) => u.unit.name).join(t('bulletins.doc.listSeparator')),
            })}
          </p>
        )}
      </section>

      <section>
        <h2>{t('bulletins.doc.lights')}</h2>
        <p className="bulletin-paragraph">
          {t('bulletins.doc.lightsText', {
            red: b.lights.redCount,
            yellow: b.lights.yellowCount,
            green: b.lights.greenCount,
          })}
        </p>
        <Table
          headers={[
            t('bulletins.col.project'),
            t('bulletins.col.leadUnit'),
            t('bulletins.col.leader'),
            t('bulletins.col.planned'),
            t('bulletins.col.completed'),
            t('bulletins.col.lag'),
          ]}
          rows={b.lights.red.map((p) => [
            project(p.project),
            p.project.leadUnit,
            p.project.leader ?? '',
            wan(p.plannedInvestment),
            wan(p.completed),
            pct(p.lag),
          ])}
          empty={t('bulletins.doc.noRed')}
        />
        <h3>{t('bulletins.doc.lightChanges')}</h3>
        <Table
          headers={[
            t('bulletins.col.project'),
            t('bulletins.col.leadUnit'),
            t('bulletins.col.leader'),
            t('bulletins.col.change'),
          ]}
          rows={b.lights.changes.map((c) => [
            project(c.project),
            c.project.leadUnit,
            c.project.leader ?? '',
            t('bulletins.doc.lightChange', { from: t(`light.${c.from}`), to: t(`light.${c.to}`) }),
          ])}
          empty={t('bulletins.doc.noLightChanges')}
        />
      </section>

      <section>
        <h2>{t('bulletins.doc.problems')}</h2>
        <Table
          headers={[
            t('bulletins.col.project'),
            t('bulletins.col.category'),
            t('bulletins.col.description'),
            t('bulletins.col.ownerUnit'),
            t('bulletins.col.dueOn'),
            t('bulletins.col.daysOverdue'),
          ]}
          rows={b.problems.overdue.map((p) => [
            `${p.projectCode} ${p.projectName}`,
            t(`problemCategory.${p.category}`),
            p.description,
            p.ownerUnit,
            day(p.dueOn),
            p.daysOverdue,
          ])}
          empty={t('bulletins.doc.noOverdue')}
        />
        <h3>{t('bulletins.doc.cleared')}</h3>
        <Table
          headers={[
            t('bulletins.col.project'),
            t('bulletins.col.description'),
            t('bulletins.col.ownerUnit'),
            t('bulletins.col.resolvedOn'),
          ]}
          rows={b.problems.cleared.map((p) => [
            `${p.projectCode} ${p.projectName}`,
            p.description,
            p.ownerUnit,
            day(p.resolvedOn),
          ])}
          empty={t('bulletins.doc.noCleared')}
        />
      </section>

      <section>
        <h2>{t('bulletins.doc.reporting')}</h2>
        <p className="bulletin-paragraph">
          {b.reporting.months.length === 0
            ? t('bulletins.doc.noReportsDue')
            : t('bulletins.doc.reportsDue', {
                months: b.reporting.months
                  .map((m) => `${m.month}（${day(m.dueOn)}）`)
                  .join(t('bulletins.doc.listSeparator')),
              })}
        </p>
        <Table
          headers={[
            t('bulletins.col.unit'),
            t('bulletins.col.late'),
            t('bulletins.col.missing'),
            t('bulletins.col.details'),
          ]}
          rows={b.reporting.units.map((u) => [
            u.unit.name,
            u.late,
            u.missing,
            u.reports
              .map((r) => `${r.projectCode}（${r.month} ${t(`reportStatus.${r.status}`)}）`)
              .join(t('bulletins.doc.listSeparator')),
          ])}
          empty={t('bulletins.doc.allOnTime')}
        />
      </section>

      <section>
        <h2>{t('bulletins.doc.moves')}</h2>
        <Table
          headers={[
            t('bulletins.col.unit'),
            t('bulletins.col.rank'),
            t('bulletins.col.previousRank'),
            t('bulletins.col.change'),
          ]}
          rows={b.rankMoves.map((m) => [
            m.unit.name,
            m.rank,
            m.previousRank,
            t(m.change > 0 ? 'bulletins.doc.movedUp' : 'bulletins.doc.movedDown', { count: Math.abs(m.change) }),
          ])}
          empty={t('bulletins.doc.noMoves', { period: b.previousPeriod })}
        />
      </section>
      <footer className="bulletin-digest">
        {t('bulletins.doc.digest', { digest: b.digest.slice(0, 16), version: b.ruleSetVersion })}
      </footer>
    </article>
  );
}

/** A bulletin period in words: "2025年7月中旬", "2025年第三季度", "2025年度". */
export function bulletinPeriodText(t: TFunction, kind: BulletinKind, period: string): string {
  const year = period.slice(0, 4);
  const month = Number(period.slice(5, 7));
  switch (kind) {
    case 'TEN_DAY':
      return t('bulletins.periodLabel.TEN_DAY', { year, month, part: t(`bulletins.tenDay.${period.slice(-2)}`) });
    case 'MONTH':
      return t('bulletins.periodLabel.MONTH', { year, month });
    case 'QUARTER':
      return t('bulletins.periodLabel.QUARTER', { year, quarter: t(`bulletins.quarter.${period.slice(-2)}`) });
    case 'YEAR':
      return t('bulletins.periodLabel.YEAR', { year });
  }
}
