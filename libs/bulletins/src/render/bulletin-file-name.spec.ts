import { bulletinFileName, contentDisposition } from './bulletin-file-name';

describe('bulletin file names', () => {
  it('names a published bulletin by district, period and number, and a preview as such', () => {
    expect(bulletinFileName('铜梁区', 'MONTH', '2025-06', 7, 'pdf')).toBe('铜梁区重点项目通报-2025年6月-第7期.pdf');
    expect(bulletinFileName('铜梁区', 'TEN_DAY', '2025-06-T2', undefined, 'xlsx')).toBe(
      '铜梁区重点项目通报-2025年6月中旬-旬报预览.xlsx',
    );
  });

  it('sends a Chinese name as UTF-8 (RFC 5987) beside an ASCII fallback with nothing that breaks the header', () => {
    const header = contentDisposition('铜梁区"通报"(1).pdf');
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(header).not.toMatch(/filename="[^"]*"[^;]*"/);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)![1];
    expect(encoded).not.toMatch(/[()'*"]/);
    expect(decodeURIComponent(encoded)).toBe('铜梁区"通报"(1).pdf');
  });
});
