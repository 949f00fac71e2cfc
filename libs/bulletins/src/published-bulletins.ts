import { leadUnitOn, parsePeriod } from '@tuijin/domain-assessment';
import { compareText } from '@tuijin/domain-kernel';
import type { ProjectEvent, Stage } from '@tuijin/domain-projects';
import type { AssessmentQueries, HistoryEntry, PublishedBulletinView, ReadModelQueries } from '@tuijin/read-models';
import { diffBulletins, type BulletinDifference } from './bulletin-changes';
import type { BulletinQueries } from './bulletin-queries';
import type { Bulletin } from './bulletin.types';
import { contentDigest } from './digest';

/** An event recorded after publication that touches a figure of the bulletin. */
export interface BulletinCause {
  type: string;
  projectCode: string;
  projectName: string;
  occurredOn: string;
  recordedAt: string;
  recordedBy: string;
  month?: string;
  investment?: number;
  previousInvestment?: number;
  stage?: Stage;
}

export interface BulletinChanges {
  reproduced: boolean;
  digestNow: string;
  differences: (BulletinDifference & { causes: BulletinCause[] })[];
}

/** How many causes one difference lists: the newest, which are what a reader asks about. */
const CAUSES_SHOWN = 20;

/** Published bulletins: their content reproduced as of publication, and what has changed since. */
export class PublishedBulletins {
  constructor(
    private readonly bulletins: BulletinQueries,
    private readonly assessments: AssessmentQueries,
    private readonly queries: ReadModelQueries,
  ) {}

  /** The content as published: recomputed as of its `knownAt`, under the name it was issued with. */
  content(published: PublishedBulletinView): Promise<Bulletin> {
    const { districtId, kind, period, knownAt, districtName } = published;
    return this.bulletins.bulletin(districtId, kind, period, { knownAt, districtName });
  }

  /** The same bulletin now against as published, each difference traced to the events recorded since. */
  async changes(published: PublishedBulletinView): Promise<BulletinChanges> {
    const { districtId, kind, period, districtName } = published;
    const [then, now] = await Promise.all([
      this.content(published),
      this.bulletins.bulletin(districtId, kind, period, { districtName }),
    ]);
    const differences = diffBulletins(then, now);
    const { projects } = await this.assessments.districtFacts(districtId);
    const endDay = parsePeriod(now.assessedPeriod).endDay;
    const names = new Map<string, string>();
    const later = new Map<string, HistoryEntry[]>();
    const causesOf = async (projectIds: string[]): Promise<BulletinCause[]> => {
      const causes: BulletinCause[] = [];
      for (const projectId of projectIds) {
        const facts = projects.find((p) => p.projectId === projectId);
        if (!facts) continue;
        let entries = later.get(projectId);
        if (!entries) {
          entries = (await this.queries.history(projectId)).filter((e) => e.recordedAt > published.knownAt);
          later.set(projectId, entries);
        }
        for (const entry of entries) causes.push(await this.cause(entry, facts.code, facts.name, names));
      }
      return causes.sort((a, b) => compareText(b.recordedAt, a.recordedAt)).slice(0, CAUSES_SHOWN);
    };
    const traced = [];
    for (const difference of differences) {
      const projectIds =
        difference.projectIds.length > 0
          ? difference.projectIds
          : projects
              .filter((p) => difference.unitId === undefined || leadUnitOn(p, endDay) === difference.unitId)
              .map((p) => p.projectId);
      traced.push({ ...difference, causes: await causesOf(projectIds) });
    }
    return { reproduced: contentDigest(then) === published.digest, digestNow: contentDigest(now), differences: traced };
  }

  private async cause(entry: HistoryEntry, projectCode: string, projectName: string, names: Map<string, string>) {
    let recordedBy = names.get(entry.actor.userId);
    if (recordedBy === undefined) {
      recordedBy = (await this.queries.user(entry.actor.userId))?.username ?? entry.actor.role;
      names.set(entry.actor.userId, recordedBy);
    }
    const event = { type: entry.type, data: entry.data } as ProjectEvent;
    const figures =
      event.type === 'MonthlyReportCorrected'
        ? {
            month: event.data.month,
            investment: event.data.investment,
            previousInvestment: event.data.previousInvestment,
          }
        : event.type === 'MonthlyReportSubmitted'
          ? { month: event.data.month, investment: event.data.investment }
          : event.type === 'StageChanged'
            ? { stage: event.data.to }
            : {};
    return {
      type: entry.type,
      projectCode,
      projectName,
      occurredOn: entry.occurredOn,
      recordedAt: entry.recordedAt,
      recordedBy,
      ...figures,
    };
  }
}
