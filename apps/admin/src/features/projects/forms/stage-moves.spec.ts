import { needsReason } from './stage-moves';

describe('which stage changes need a reason', () => {
  it('asks why for a step back, a suspension and a cancellation', () => {
    expect(needsReason('UNDER_CONSTRUCTION', 'PREPARATION')).toBe(true);
    expect(needsReason('SIGNED', 'SUSPENDED')).toBe(true);
    expect(needsReason('RESERVE', 'CANCELLED')).toBe(true);
  });

  it('does not for normal progress, even skipping stages', () => {
    expect(needsReason('SIGNED', 'UNDER_CONSTRUCTION')).toBe(false);
    expect(needsReason('RESERVE', 'COMPLETED')).toBe(false);
    expect(needsReason('RESERVE', undefined)).toBe(false);
  });

  it('leaves a resumption to the platform, which knows the stage before the suspension', () => {
    expect(needsReason('SUSPENDED', 'PREPARATION', true)).toBe(false);
  });
});
