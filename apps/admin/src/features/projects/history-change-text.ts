import type { MessageRef } from '../../lib/api-error';
import { formatMonth, formatWan } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import type { ProjectDetailFieldsFragment } from '../../gql/graphql';

/** What one history entry changed, as the API types it. */
export type HistoryChange = ProjectDetailFieldsFragment['history'][number]['change'];

/** One line of a project's history in words: "填报2025年3月月报：完成投资 1,200 万元…". */
export interface ChangeText {
  title: MessageRef;
  /** What the person wrote (a reason, a note, a resolution), shown as they wrote it. */
  note?: string;
}

const ref = (key: string, params?: MessageRef['params']): MessageRef => ({ key, ...(params ? { params } : {}) });
const noteOf = (text: string | null) => (text ? { note: text } : {});
/** A unit the API names as null is one the reader may not see: it is named as "another unit". */
const unitName = (unit: { name: string } | null): MessageRef | string => unit?.name ?? ref('history.unseenUnit');

export function changeText(change: HistoryChange, locale: Locale): ChangeText {
  const wan = (value: number) => formatWan(value, locale);
  switch (change.__typename) {
    case 'ProjectRegistered':
      return { title: ref('history.ProjectRegistered', { stage: ref(`stage.${change.stage}`), unit: unitName(change.leadUnit) }) };
    case 'ProjectDetailsRevised':
      return { title: ref('history.ProjectDetailsRevised', { fields: change.changedFields.map((field) => ref(`fields.${field}`)) }) };
    case 'LeadUnitChanged':
      return { title: ref('history.LeadUnitChanged', { unit: unitName(change.leadUnit) }), ...noteOf(change.reason) };
    case 'LeaderAssigned':
      return { title: ref('history.LeaderAssigned', { name: change.leader.name }) };
    case 'ServiceSecretaryAssigned':
      return { title: ref('history.ServiceSecretaryAssigned', { name: change.secretary.name }) };
    case 'AnnualPlanSet':
      return {
        title: ref('history.AnnualPlanSet', {
          year: change.year,
          amount: wan(change.plannedInvestment),
          start: formatMonth(change.plannedStartMonth, locale),
          end: formatMonth(change.plannedCompletionMonth, locale),
        }),
      };
    case 'OpeningBalanceSet':
      return {
        title: ref('history.OpeningBalanceSet', {
          month: formatMonth(change.asOfMonth, locale),
          year: change.asOfMonth.slice(0, 4),
          amount: wan(change.cumulativeInvestment),
          yearToDate: wan(change.yearToDateInvestment),
        }),
      };
    case 'StageChanged':
      return {
        title: ref(`history.StageChanged.${change.move}`, { from: ref(`stage.${change.from}`), to: ref(`stage.${change.to}`) }),
        ...noteOf(change.reason),
      };
    case 'MonthlyReportSubmitted':
      return {
        title: ref('history.MonthlyReportSubmitted', {
          month: formatMonth(change.month, locale),
          amount: wan(change.investment),
          progress: change.progressPercent,
        }),
        ...noteOf(change.note),
      };
    case 'MonthlyReportCorrected':
      return {
        title: ref('history.MonthlyReportCorrected', {
          month: formatMonth(change.month, locale),
          previous: wan(change.previousInvestment),
          amount: wan(change.investment),
        }),
        ...noteOf(change.note),
      };
    case 'ProblemRaised':
      return {
        title: ref('history.ProblemRaised', { category: ref(`problemCategory.${change.problemCategory}`), date: change.dueOn }),
        note: change.description,
      };
    case 'ProblemAssigned':
      return { title: ref('history.ProblemAssigned', { unit: unitName(change.ownerUnit) }), ...noteOf(change.note) };
    case 'ProblemEscalated':
      return { title: ref('history.ProblemEscalated', { level: ref(`escalation.${change.level}`) }), ...noteOf(change.note) };
    case 'ProblemResolved':
      return { title: ref('history.ProblemResolved'), ...noteOf(change.resolution) };
    case 'ProblemClosed':
      return { title: ref('history.ProblemClosed'), ...noteOf(change.reason) };
    default: {
      // A kind of change a newer server reports and this version of the app does not know: shown by its name.
      const unknown: never = change;
      return { title: ref('history.other', { type: (unknown as { __typename: string }).__typename }) };
    }
  }
}

/** Whether the change was a report an admin back-filled (补录) with an earlier submission day. */
export const isBackfill = (change: HistoryChange): boolean =>
  (change.__typename === 'MonthlyReportSubmitted' || change.__typename === 'MonthlyReportCorrected') && change.backfilled;
