import { configureLogging, logFormatFrom, logLevelFrom } from './logger';

describe('log settings', () => {
  it('take the level from TUIJIN_LOG_LEVEL, info when unset, and refuse a level that is not one', () => {
    expect(logLevelFrom(undefined)).toBe('info');
    expect(logLevelFrom('')).toBe('info');
    expect(logLevelFrom('debug')).toBe('debug');
    expect(() => logLevelFrom('verbose')).toThrow(
      'TUIJIN_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
    );
  });

  it('write JSON lines unless a person watches the terminal or pretty is asked for', () => {
    expect(logFormatFrom(undefined, false)).toBe('json');
    expect(logFormatFrom(undefined, true)).toBe('pretty');
    expect(logFormatFrom('json', true)).toBe('json');
    expect(() => logFormatFrom('xml', false)).toThrow('TUIJIN_LOG_FORMAT must be json or pretty, got "xml"');
  });

  it('mask secrets that code passes to a line by mistake, at any depth of one', () => {
    const lines: string[] = [];
    const log = configureLogging({
      service: 'platform',
      env: { TUIJIN_LOG_LEVEL: 'info' },
      destination: { write: (line: string) => void lines.push(line) },
    });
    log.info({ password: 'p1', input: { newPassword: 'p2', token: 't' }, tokenSecret: 's' }, 'oops');
    log.debug('below the level');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'info',
      service: 'platform',
      msg: 'oops',
      password: '[redacted]',
      input: { newPassword: '[redacted]', token: '[redacted]' },
      tokenSecret: '[redacted]',
    });
  });
});
