import ExcelJS from 'exceljs';
import { numberIn, open, screenshot, settled, signIn } from './support/app';
import { DESKTOP, openBrowser, type BrowserSession } from './support/browser';
import { downloadOf } from './support/download';

describe('list exports (台账导出)', () => {
  let admin: BrowserSession;
  beforeAll(async () => {
    admin = await openBrowser(DESKTOP);
    await signIn(admin.page, 'tongliang-admin');
  });
  afterAll(async () => admin.close());

  it('lets the district admin export the filtered, sorted project list as the page shows it', async () => {
    const { page } = admin;
    await open(page, '/projects?stage=UNDER_CONSTRUCTION&sort=TOTAL_INVESTMENT&dir=DESC');
    const summary = page.getByText(/^第 \d+ \/ \d+ 页，共 \d+ 个$/);
    const total = numberIn((await summary.textContent())?.split('共')[1] ?? null);
    const firstCodes = await page.locator('tbody tr.ant-table-row td:nth-child(1)').allTextContents();
    await screenshot(page, 'projects-export');

    const xlsx = await downloadOf(page, () => page.getByRole('button', { name: /导出 Excel/ }).click());
    expect(xlsx.name).toBe('铜梁区-项目库.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows = (sheet.getSheetValues().slice(2) as unknown[][]).filter(Boolean);
    expect(sheet.getRow(1).getCell(4).value).toBe('项目阶段');
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((row) => row[4]))).toEqual(new Set(['开工在建']));
    const amounts = rows.map((row) => row[6] as number);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(rows.slice(0, firstCodes.length).map((row) => row[1])).toEqual(firstCodes);
    await settled(page);
  });
});
