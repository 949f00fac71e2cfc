import type { ApiError } from './api-error';
import { commandChecker } from './command-check';

const taken: ApiError = { code: 'CONFLICT', field: 'code', message: 'project code TL-1 is already registered' };

/** An answer the test gives when it chooses, as the platform's would arrive. */
function pending() {
  let answer!: (refusal: ApiError | null) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<ApiError | null>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { promise, answer, fail };
}

describe('checking a form’s command while it is filled in', () => {
  it('shows the refusal, and asks about the same command only once', async () => {
    const ask = jest.fn().mockResolvedValue(taken);
    const show = jest.fn();
    const checker = commandChecker(ask, show);

    await checker.check({ registerProject: { code: 'TL-1' } });
    await checker.check({ registerProject: { code: 'TL-1' } });

    expect(ask).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledWith(taken);
  });

  it('says an accepted command is fine, so a refusal shown before goes', async () => {
    const show = jest.fn();
    const checker = commandChecker(jest.fn().mockResolvedValueOnce(taken).mockResolvedValueOnce(null), show);

    await checker.check({ code: 'TL-1' });
    await checker.check({ code: 'TL-2' });

    expect(show.mock.calls).toEqual([[taken], [null]]);
  });

  it('drops an answer about an earlier command that arrives after a later one was asked', async () => {
    const first = pending();
    const second = pending();
    const show = jest.fn();
    const checker = commandChecker(
      jest.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise),
      show,
    );

    const asked = [checker.check({ code: 'TL-1' }), checker.check({ code: 'TL-2' })];
    second.answer(null);
    first.answer(taken);
    await Promise.all(asked);

    expect(show.mock.calls).toEqual([[null]]);
  });

  it('drops an answer that arrives after the user changed the form, and asks again when they leave the field', async () => {
    const answer = pending();
    const ask = jest.fn().mockReturnValueOnce(answer.promise).mockResolvedValueOnce(taken);
    const show = jest.fn();
    const checker = commandChecker(ask, show);

    const asked = checker.check({ code: 'TL-1' });
    checker.formChanged();
    answer.answer(taken);
    await asked;
    expect(show).not.toHaveBeenCalled();

    await checker.check({ code: 'TL-1' });
    expect(ask).toHaveBeenCalledTimes(2);
    expect(show).toHaveBeenCalledWith(taken);
  });

  it('says nothing when the check could not be made, and tries again next time', async () => {
    const failed = pending();
    const ask = jest.fn().mockReturnValueOnce(failed.promise).mockResolvedValueOnce(null);
    const show = jest.fn();
    const checker = commandChecker(ask, show);

    const asked = checker.check({ code: 'TL-1' });
    failed.fail(new TypeError('Failed to fetch'));
    await asked;
    expect(show).not.toHaveBeenCalled();

    await checker.check({ code: 'TL-1' });
    expect(show).toHaveBeenCalledWith(null);
  });
});
