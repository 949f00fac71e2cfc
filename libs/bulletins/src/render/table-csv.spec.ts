import { renderTableCsv } from './table-csv';

describe('a table as CSV', () => {
  const csv = (rows: (string | number | null)[][]) =>
    renderTableCsv({
      sheet: 's',
      columns: [
        { header: '名称', kind: 'text' },
        { header: '金额（万元）', kind: 'money' },
        { header: '进度', kind: 'percent' },
      ],
      rows,
    }).toString('utf8');

  it('starts with a BOM, quotes as RFC 4180 says and ends each line with CRLF', () => {
    expect(csv([['甲,"乙"\n丙', 1234.5, 0.125]])).toBe(
      '\uFEFF名称,金额（万元）,进度\r\n"甲,""乙""\n丙",1234.5,12.5%\r\n',
    );
  });

  it('keeps every text that a spreadsheet would run as a formula as text, and negative numbers as numbers', () => {
    const lines = csv([
      ['=1+1', -3, -0.5],
      ['+1', null, null],
      ['-2', 0, 0],
      ['@SUM(A1)', 1, 1],
      ['\tx', 1, 1],
      ['\rx', 1, 1],
    ])
      .split('\r\n')
      .slice(1, -1);
    expect(lines).toEqual(["'=1+1,-3,-50%", "'+1,,", "'-2,0,0%", "'@SUM(A1),1,100%", "'\tx,1,100%", `"'\rx",1,100%`]);
  });
});
