import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { districtIdFor } from '@tuijin/application';
import { DEMO_ACTOR, DEMO_DISTRICTS, seedDemo, seedDemoMaps } from '@tuijin/demo-data';
import { OpenDataExports } from '@tuijin/open-data';
import { reviewErrors, schemaErrors } from '@tuijin/open-data/testing';
import { EmbeddedRuntime } from './embedded-runtime';
import { TEST_PUBLISHING, TEST_SECURITY } from './testing/test-platform';

/** Every demo district exports as an OC4IDS package that passes the schema and the review checks, whole. */
describe('the demo districts as open data', () => {
  let runtime: EmbeddedRuntime;

  beforeAll(async () => {
    runtime = new EmbeddedRuntime(
      mkdtempSync(join(tmpdir(), 'tuijin-oc4ids-')),
      () => '2026-01-31',
      TEST_SECURITY,
      TEST_PUBLISHING,
    );
    await runtime.start();
    await seedDemo(runtime.commands, DEMO_ACTOR);
    await runtime.waitFor(await seedDemoMaps(runtime.commands, { actor: DEMO_ACTOR, today: runtime.today() }));
  }, 120_000);
  afterAll(() => runtime.close());

  it.each(DEMO_DISTRICTS.map((d) => [d.name, d.code]))(
    '%s: every project, 0 schema errors, 0 review errors',
    async (_name, code) => {
      const districtId = districtIdFor(code);
      const exports = new OpenDataExports(runtime.queries);
      const prepared = await exports.districtPackage(districtId, {
        prefix: TEST_PUBLISHING.oc4idsPrefix,
        uri: `https://tuijin.example.gov.cn/open-data/${code}/oc4ids.json`,
      });
      if (!prepared) throw new Error(`no package for ${code}`);
      let text = '';
      for await (const chunk of prepared.chunks()) text += chunk;
      const pkg = JSON.parse(text);
      expect(schemaErrors(pkg)).toEqual([]);
      expect(reviewErrors(pkg, TEST_PUBLISHING.oc4idsPrefix)).toEqual([]);
      const projects = await runtime.queries.projectIds(districtId, {});
      expect(pkg.projects).toHaveLength(projects.length);
      expect(prepared.projectCount).toBe(projects.length);
      // every figure traces back to a project of the district: its opening balance and its monthly reports
      const observations = pkg.projects.flatMap(
        (p: { metrics?: { observations: unknown[] }[] }) => p.metrics?.[0]?.observations ?? [],
      );
      const recorded = (await Promise.all(projects.map((id) => runtime.queries.project(id)))).reduce(
        (sum, project) => sum + (project?.monthlyReports.length ?? 0) + (project?.openingBalance ? 1 : 0),
        0,
      );
      expect(observations).toHaveLength(recorded);
    },
    60_000,
  );

  it('gives every demo district its map, the development zone’s marked approximate', async () => {
    for (const { code } of DEMO_DISTRICTS) {
      const map = await runtime.queries.districtMap(districtIdFor(code));
      expect(map?.boundary.features.length).toBeGreaterThan(0);
      expect(map?.approximate).toBe(code === '141081-KFQ');
    }
  });
});
