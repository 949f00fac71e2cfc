import { FencedError, type ViewStore } from '@tuijin/application';

const project = (id: string, district: string, stage: string, name: string, investment: number) => ({
  id,
  districtId: district,
  stage,
  name,
  totalInvestment: investment,
});

/** The behaviour every read-model store must show. */
export function runViewStoreContract(name: string, open: () => Promise<ViewStore>): void {
  describe(`${name} view store contract`, () => {
    let views: ViewStore;
    beforeEach(async () => {
      views = await open();
      await views.commit(
        [
          project('p1', 'd1', 'RESERVE', '铜梁高新区标准厂房', 500),
          project('p2', 'd1', 'UNDER_CONSTRUCTION', '巴岳山隧道', 9000),
          project('p3', 'd1', 'UNDER_CONSTRUCTION', '城区污水管网', 1200),
          project('p4', 'd2', 'RESERVE', '渠县标准厂房', 800),
          project('p5', 'd1', 'SIGNED', '智能制造产业园', 1200),
        ].map((doc) => ({ collection: 'projects', doc })),
        { name: 'projector', position: 5 },
      );
    });

    it('returns a stored document and its checkpoint', async () => {
      expect(await views.get('projects', 'p2')).toEqual(project('p2', 'd1', 'UNDER_CONSTRUCTION', '巴岳山隧道', 9000));
      expect(await views.get('projects', 'nope')).toBeUndefined();
      expect(await views.checkpoint('projector')).toBe(5);
      expect(await views.checkpoint('other')).toBe(0);
    });

    it('fetches many documents at once, leaving out ids it does not hold', async () => {
      const docs = await views.getMany<{ id: string; name: string }>('projects', ['p3', 'nope', 'p1']);
      expect(docs.map((d) => d.id).sort()).toEqual(['p1', 'p3']);
      expect(await views.getMany('projects', [])).toEqual([]);
    });

    it('filters by fields and text, sorts with the id as tiebreaker and counts all matches', async () => {
      const page = await views.find('projects', {
        where: { districtId: 'd1', stage: ['UNDER_CONSTRUCTION', 'SIGNED'] },
        orderBy: { field: 'totalInvestment', direction: 'ASC' },
        limit: 10,
      });
      expect(page.items.map((p) => p.id)).toEqual(['p3', 'p5', 'p2']);
      expect(page.totalCount).toBe(3);
      const text = await views.find('projects', {
        text: { fields: ['name'], contains: '厂房' },
        orderBy: { field: 'id', direction: 'DESC' },
        limit: 10,
      });
      expect(text.items.map((p) => p.id)).toEqual(['p4', 'p1']);
    });

    it('pages with a keyset cursor without skipping or repeating rows', async () => {
      const orderBy = { field: 'totalInvestment', direction: 'DESC' as const };
      const first = await views.find<ReturnType<typeof project>>('projects', {
        where: { districtId: 'd1' },
        orderBy,
        limit: 2,
      });
      expect(first.items.map((p) => p.id)).toEqual(['p2', 'p3']);
      expect(first.hasNextPage).toBe(true);
      const last = first.items[1];
      const second = await views.find('projects', {
        where: { districtId: 'd1' },
        orderBy,
        limit: 2,
        after: { value: last.totalInvestment as number, id: last.id },
      });
      expect(second.items.map((p) => p.id)).toEqual(['p5', 'p1']);
      expect(second.hasNextPage).toBe(false);
      expect(second.totalCount).toBe(4);
    });

    it('replaces a document on a later commit and forgets everything on clear', async () => {
      // read first: a store that keeps what it hands out must not keep handing out the old one
      expect(await views.getMany('projects', ['p1'])).toEqual([
        project('p1', 'd1', 'RESERVE', '铜梁高新区标准厂房', 500),
      ]);
      await views.commit([{ collection: 'projects', doc: project('p1', 'd1', 'SIGNED', '改名', 1) }], {
        name: 'projector',
        position: 9,
      });
      expect(await views.get('projects', 'p1')).toMatchObject({ stage: 'SIGNED', name: '改名' });
      expect(await views.checkpoint('projector')).toBe(9);
      await views.clear();
      expect(await views.all('projects')).toEqual([]);
      expect(await views.get('projects', 'p1')).toBeUndefined();
      expect(await views.checkpoint('projector')).toBe(0);
    });

    it('answers a query asked again with what was committed in between', async () => {
      const query = {
        where: { districtId: 'd1' },
        orderBy: { field: 'totalInvestment', direction: 'DESC' as const },
        limit: 2,
      };
      expect((await views.find('projects', query)).items.map((p) => p.id)).toEqual(['p2', 'p3']);
      await views.commit(
        [
          { collection: 'projects', doc: project('p6', 'd1', 'RESERVE', '新项目', 5000) },
          { collection: 'projects', doc: project('p2', 'd2', 'UNDER_CONSTRUCTION', '巴岳山隧道', 9000) },
        ],
        { name: 'projector', position: 7 },
      );
      const again = await views.find('projects', query);
      expect(again.items.map((p) => p.id)).toEqual(['p6', 'p3']);
      expect(again.totalCount).toBe(4);
      await views.clear();
      expect((await views.find('projects', query)).totalCount).toBe(0);
    });

    it('fences out a writer once another has claimed its checkpoint, so its late batch changes nothing', async () => {
      const lane = { name: 'projector/t/0' };
      const first = await views.claim(lane.name);
      await views.commit([{ collection: 'projects', doc: project('p1', 'd1', 'SIGNED', '第一任', 1) }], {
        ...lane,
        position: 6,
        epoch: first,
      });
      const second = await views.claim(lane.name);
      expect(second).toBeGreaterThan(first);
      expect(await views.checkpoint(lane.name, second)).toBe(6);
      await views.commit([{ collection: 'projects', doc: project('p1', 'd1', 'SIGNED', '第二任', 2) }], {
        ...lane,
        position: 8,
        epoch: second,
      });

      const late = [
        { collection: 'projects', doc: project('p1', 'd1', 'RESERVE', '第一任迟到', 3) },
        { collection: 'projects', doc: project('p9', 'd1', 'RESERVE', '迟到的新项目', 3) },
      ];
      expect(await views.get('projects', 'p1')).toMatchObject({ name: '第二任' });
      await expect(views.commit(late, { ...lane, position: 7, epoch: first })).rejects.toThrow(FencedError);
      await expect(views.commit([], { ...lane, position: 7, epoch: first })).rejects.toThrow(FencedError);
      await expect(views.checkpoint(lane.name, first)).rejects.toThrow(FencedError);
      expect(await views.get('projects', 'p1')).toMatchObject({ name: '第二任' });
      expect(await views.get('projects', 'p9')).toBeUndefined();
      expect(await views.checkpoint(lane.name)).toBe(8);
      // a claim fences its own checkpoint only
      const other = await views.claim('projector/t/1');
      await views.commit([], { name: 'projector/t/1', position: 2, epoch: other });
      expect(await views.checkpoint('projector/t/1', other)).toBe(2);
    });

    it('keeps what it stored whatever a caller does to a returned document', async () => {
      const doc = (await views.get('projects', 'p1')) as unknown as { name: string };
      try {
        doc.name = 'changed';
      } catch {
        // a store may hand out read-only documents instead of copies
      }
      expect(await views.get('projects', 'p1')).toMatchObject({ name: '铜梁高新区标准厂房' });
    });
  });
}
