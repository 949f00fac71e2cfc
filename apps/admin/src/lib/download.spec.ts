import { fileNameOf } from './download';

describe('downloaded file names', () => {
  it('takes the UTF-8 name when the server gives one (RFC 5987)', () => {
    const header = `attachment; filename="____-2025_6_.pdf"; filename*=UTF-8''${encodeURIComponent('铜梁区重点项目通报-2025年6月-第7期.pdf')}`;
    expect(fileNameOf(header, 'bulletin.pdf')).toBe('铜梁区重点项目通报-2025年6月-第7期.pdf');
  });

  it('falls back to the plain name, then to the caller’s', () => {
    expect(fileNameOf('attachment; filename="report.xlsx"', 'x.xlsx')).toBe('report.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
