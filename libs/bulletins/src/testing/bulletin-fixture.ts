import type { Bulletin, RankingLine } from '../bulletin.types';

const points = (value: number, weight: number) => ({ value, points: value * weight });

/** A unit's ranking line with every metric at full marks but investment completion. */
export function rankingLine(rank: number, code: string, name: string, investment: number): RankingLine {
  return {
    rank,
    unitId: `u-${code}`,
    code,
    name,
    score: Math.round((investment * 40 + 60) * 100) / 100,
    projectCount: 2,
    investmentCompletion: points(investment, 40),
    constructionStart: points(1, 20),
    reserve: points(1, 15),
    problemClearance: points(1, 15),
    reportingPunctuality: points(1, 10),
    tieBreak: null,
  };
}

/** A small monthly bulletin of two units, one red-light project and one late report: tests change it as they need. */
export function bulletinFixture(): Bulletin {
  const ranking = [rankingLine(1, 'A', '区住建委', 0.9), rankingLine(2, 'B', '巴川街道', 0.5)];
  const red = { projectId: 'p-2', code: 'P2', name: '智能制造产业园', leadUnit: '巴川街道', leader: '王副区长' };
  return {
    districtId: 'd',
    districtName: '示范县',
    kind: 'MONTH',
    period: '2025-06',
    asOfDay: '2025-06-30',
    assessedPeriod: '2025-06',
    previousPeriod: '2025-05',
    ruleSetVersion: 1,
    headline: {
      stages: [{ stage: 'UNDER_CONSTRUCTION', count: 2 }],
      projectCount: 2,
      cancelledCount: 0,
      totalInvestment: 10000,
      plannedInvestment: 2400,
      completedInvestment: 900,
      completionShare: 0.375,
      targetShare: 0.5,
      gapPoints: -12.5,
    },
    starts: { due: 2, started: 2, rate: 1, missed: [] },
    ranking,
    unranked: [],
    reverseRanking: [{ rank: 2, unitId: 'u-B', code: 'B', name: '巴川街道', score: ranking[1].score }],
    lights: {
      red: [{ ...red, lag: 0.25, plannedInvestment: 1200, completed: 300, completionRate: 0.25 }],
      redCount: 1,
      yellowCount: 0,
      greenCount: 1,
      changes: [{ ...red, from: 'YELLOW', to: 'RED' }],
    },
    problems: { overdue: [], cleared: [] },
    reporting: {
      months: [{ month: '2025-05', dueOn: '2025-06-05' }],
      units: [
        {
          unitId: 'u-B',
          code: 'B',
          name: '巴川街道',
          late: 0,
          missing: 1,
          reports: [
            { projectId: 'p-2', projectCode: 'P2', projectName: '智能制造产业园', month: '2025-05', status: 'MISSING' },
          ],
        },
      ],
    },
    rankMoves: [],
  };
}
