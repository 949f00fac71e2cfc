import { todayIn } from './env';

describe("today's date in a time zone", () => {
  it('turns over at local midnight, also when asked within the same minute before and just after', () => {
    expect(todayIn('Asia/Shanghai', new Date('2025-03-04T15:59:00.000Z'))).toBe('2025-03-04');
    expect(todayIn('Asia/Shanghai', new Date('2025-03-04T15:59:59.999Z'))).toBe('2025-03-04');
    expect(todayIn('Asia/Shanghai', new Date('2025-03-04T16:00:00.000Z'))).toBe('2025-03-05');
    expect(todayIn('Asia/Kolkata', new Date('2025-03-04T18:29:59.999Z'))).toBe('2025-03-04');
    expect(todayIn('Asia/Kolkata', new Date('2025-03-04T18:30:00.000Z'))).toBe('2025-03-05');
    expect(todayIn('Asia/Shanghai', new Date('2025-03-04T15:59:30.000Z'))).toBe('2025-03-04');
  });

  it('refuses an unknown time zone', () => {
    expect(() => todayIn('Mars/Olympus', new Date())).toThrow(RangeError);
  });
});
