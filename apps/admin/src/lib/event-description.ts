import type { MessageRef } from './api-error';
import { formatMonth, formatWan } from './format';
import type { Locale } from './locale';

/**
 * One line of a project's history in words: "填报2025年3月月报：完成投资 1,200 万元…".
 * The event data is the API's JSON as recorded, so every field is read defensively.
 */
export interface EventDescription {
  title: MessageRef;
  /** What the person wrote (a reason, a note, a resolution), shown as they wrote it. */
  note?: string;
}

export interface DescribeContext {
  locale: Locale;
  unitName: (unitId: string) => string | undefined;
}

type Data = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const ref = (key: string, params?: MessageRef['params']): MessageRef => ({ key, ...(params ? { params } : {}) });
const enumRef = (prefix: string, value: unknown): MessageRef => ref(`${prefix}.${text(value) || 'unknown'}`);

function personName(value: unknown): string {
  return value && typeof value === 'object' ? text((value as Data)['name']) : '';
}

/** Project details a revision may change, named by their form labels. */
function changedFields(data: Data): MessageRef[] {
  const changes = data['changes'];
  if (!changes || typeof changes !== 'object') return [];
  return Object.keys(changes).map((field) => ref(`fields.${field}`));
}

export function describeEvent(type: string, data: Data, ctx: DescribeContext): EventDescription {
  const { locale } = ctx;
  const wan = (value: unknown) => formatWan(num(value), locale);
  const unit = (value: unknown) => ctx.unitName(text(value)) ?? text(value);
  const optionalNote = (value: unknown) => (text(value) ? { note: text(value) } : {});
  switch (type) {
    case 'ProjectRegistered':
      return { title: ref('history.ProjectRegistered', { stage: enumRef('stage', data['stage']), unit: unit(data['leadUnitId']) }) };
    case 'ProjectDetailsRevised':
      return { title: ref('history.ProjectDetailsRevised', { fields: changedFields(data) }) };
    case 'LeadUnitChanged':
      return { title: ref('history.LeadUnitChanged', { unit: unit(data['leadUnitId']) }), ...optionalNote(data['reason']) };
    case 'LeaderAssigned':
      return { title: ref('history.LeaderAssigned', { name: personName(data['leader']) }) };
    case 'ServiceSecretaryAssigned':
      return { title: ref('history.ServiceSecretaryAssigned', { name: personName(data['secretary']) }) };
    case 'AnnualPlanSet':
      return {
        title: ref('history.AnnualPlanSet', {
          year: num(data['year']) ?? '',
          amount: wan(data['plannedInvestment']),
          start: formatMonth(text(data['plannedStartMonth']), locale),
          end: formatMonth(text(data['plannedCompletionMonth']), locale),
        }),
      };
    case 'OpeningBalanceSet': {
      const month = text(data['asOfMonth']);
      return {
        title: ref('history.OpeningBalanceSet', {
          month: formatMonth(month, locale),
          year: month.slice(0, 4),
          amount: wan(data['cumulativeInvestment']),
          yearToDate: wan(data['yearToDateInvestment']),
        }),
      };
    }
    case 'StageChanged':
      return {
        title: ref(`history.StageChanged.${text(data['move']) || 'FORWARD'}`, {
          from: enumRef('stage', data['from']),
          to: enumRef('stage', data['to']),
        }),
        ...optionalNote(data['reason']),
      };
    case 'MonthlyReportSubmitted':
      return {
        title: ref('history.MonthlyReportSubmitted', {
          month: formatMonth(text(data['month']), locale),
          amount: wan(data['investment']),
          progress: num(data['progressPercent']) ?? '',
        }),
        ...optionalNote(data['note']),
      };
    case 'MonthlyReportCorrected':
      return {
        title: ref('history.MonthlyReportCorrected', {
          month: formatMonth(text(data['month']), locale),
          previous: wan(data['previousInvestment']),
          amount: wan(data['investment']),
        }),
        ...optionalNote(data['note']),
      };
    case 'ProblemRaised':
      return {
        title: ref('history.ProblemRaised', { category: enumRef('problemCategory', data['category']), date: text(data['dueOn']) }),
        note: text(data['description']),
      };
    case 'ProblemAssigned':
      return { title: ref('history.ProblemAssigned', { unit: unit(data['ownerUnitId']) }), ...optionalNote(data['note']) };
    case 'ProblemEscalated':
      return { title: ref('history.ProblemEscalated', { level: enumRef('escalation', data['level']) }), ...optionalNote(data['note']) };
    case 'ProblemResolved':
      return { title: ref('history.ProblemResolved'), ...optionalNote(data['resolution']) };
    case 'ProblemClosed':
      return { title: ref('history.ProblemClosed'), ...optionalNote(data['reason']) };
    default:
      // An event this version of the app does not know yet still shows up, by its name.
      return { title: ref('history.other', { type }) };
  }
}
