import { TokenService } from './token-service';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';

describe('bearer tokens', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-03-02T08:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('stand for their user and session until they expire, checked again and again', () => {
    const tokens = new TokenService(SECRET, 3600);
    const { token, claims } = tokens.issue('user-1', 'session-1');
    expect(tokens.verify(token)).toEqual(claims);
    expect(tokens.verify(token)).toMatchObject({ userId: 'user-1', sessionId: 'session-1' });
    jest.setSystemTime(new Date('2026-03-02T08:59:59Z'));
    expect(tokens.verify(token)).toEqual(claims);
    jest.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    expect(tokens.verify(token)).toBeUndefined();
  });

  it('refuse a token signed with another secret or with a changed payload, even after a good one', () => {
    const tokens = new TokenService(SECRET, 3600);
    const { token } = tokens.issue('user-1');
    expect(tokens.verify(token)).toBeDefined();
    const other = new TokenService(`${SECRET}-other`, 3600).issue('user-1').token;
    expect(tokens.verify(other)).toBeUndefined();
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'city-admin', sid: 's', ims: Date.now() })).toString('base64url');
    expect(tokens.verify(`${header}.${payload}.${signature}`)).toBeUndefined();
    expect(tokens.verify('not-a-token')).toBeUndefined();
  });
});
