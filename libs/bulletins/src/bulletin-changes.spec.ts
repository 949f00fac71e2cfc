import { diffBulletins } from './bulletin-changes';
import { contentDigest } from './digest';
import { bulletinFixture, rankingLine } from './testing/bulletin-fixture';

describe('changes since publication (given a published bulletin, when figures change, then …)', () => {
  it('finds nothing when the bulletin computed now is the same, and the digests agree', () => {
    const published = bulletinFixture();
    const now = bulletinFixture();
    expect(diffBulletins(published, now)).toEqual([]);
    expect(contentDigest(now)).toBe(contentDigest(published));
  });

  it('names a headline figure that moved, with both values', () => {
    const published = bulletinFixture();
    const now = bulletinFixture();
    now.headline.completedInvestment = 960;
    expect(diffBulletins(published, now)).toEqual([
      { section: 'HEADLINE', subject: '示范县', field: 'completedInvestment', before: 900, after: 960, projectIds: [] },
    ]);
    expect(contentDigest(now)).not.toBe(contentDigest(published));
  });

  it('names the units whose rank or score changed, pointing at the unit, and the bottom list it joined or left', () => {
    const published = bulletinFixture();
    const now = bulletinFixture();
    now.ranking = [rankingLine(1, 'B', '巴川街道', 1), rankingLine(2, 'A', '区住建委', 0.9)];
    now.reverseRanking = [{ rank: 2, unitId: 'u-A', code: 'A', name: '区住建委', score: now.ranking[1].score }];
    const differences = diffBulletins(published, now);
    expect(
      differences.filter((d) => d.section === 'RANKING').map((d) => [d.subject, d.field, d.before, d.after]),
    ).toEqual([
      ['区住建委', 'rank', 1, 2],
      ['巴川街道', 'rank', 2, 1],
      ['巴川街道', 'score', 80, 100],
      ['巴川街道', 'bottom', true, false],
      ['区住建委', 'bottom', false, true],
    ]);
    expect(differences.find((d) => d.field === 'rank' && d.subject === '巴川街道')?.unitId).toBe('u-B');
  });

  it('names a project that left the red-light list and a report that came in, pointing at the project', () => {
    const published = bulletinFixture();
    const now = bulletinFixture();
    now.lights.red = [];
    now.reporting.units = [];
    const differences = diffBulletins(published, now);
    expect(differences).toContainEqual({
      section: 'LIGHTS',
      field: 'red',
      before: true,
      after: false,
      subject: 'P2 智能制造产业园',
      projectIds: ['p-2'],
    });
    expect(differences).toContainEqual(
      expect.objectContaining({
        section: 'REPORTING',
        field: 'reportStatus',
        before: 'MISSING',
        after: 'ON_TIME',
        projectIds: ['p-2'],
      }),
    );
  });

  it('hashes content, not the order its keys were written in', () => {
    const bulletin = bulletinFixture();
    const reordered = JSON.parse(JSON.stringify(bulletin, Object.keys(bulletin).reverse()));
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(bulletin)[0]);
    expect(contentDigest({ ...reordered, ...bulletin })).toBe(contentDigest(bulletin));
  });
});
