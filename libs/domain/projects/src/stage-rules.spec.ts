import { DomainError } from '@tuijin/domain-kernel';
import type { ProjectCommand, ProjectEvent, Stage, StageMove } from './project.types';
import { stageChoices, stageMove } from './stage-rules';
import { projectRegistered, projectSpec as spec, REGISTERED_ON, stageChanged, TODAY } from './testing/project-fixtures';

const changeStage = (stage: Stage, occurredOn = TODAY, reason?: string): ProjectCommand => ({
  type: 'ChangeStage',
  today: TODAY,
  occurredOn,
  stage,
  reason,
});

/** The fixture project was registered SIGNED on 2024-02-10. */
const underConstruction = stageChanged('2024-03-01', 'SIGNED', 'UNDER_CONSTRUCTION', 'FORWARD');
const suspended = stageChanged('2024-04-01', 'UNDER_CONSTRUCTION', 'SUSPENDED', 'SUSPEND', '资金链断裂');

describe('stageMove', () => {
  it.each<[Stage, Stage, Stage | undefined, StageMove]>([
    ['RESERVE', 'PREPARATION', undefined, 'FORWARD'],
    ['RESERVE', 'UNDER_CONSTRUCTION', undefined, 'FORWARD'],
    ['COMPLETED', 'OPERATING', undefined, 'FORWARD'],
    ['SIGNED', 'PREPARATION', undefined, 'BACKWARD'],
    ['OPERATING', 'RESERVE', undefined, 'BACKWARD'],
    ['UNDER_CONSTRUCTION', 'SUSPENDED', undefined, 'SUSPEND'],
    ['RESERVE', 'CANCELLED', undefined, 'CANCEL'],
    ['SUSPENDED', 'CANCELLED', 'SIGNED', 'CANCEL'],
    ['SUSPENDED', 'SIGNED', 'SIGNED', 'RESUME'],
    ['SUSPENDED', 'UNDER_CONSTRUCTION', 'SIGNED', 'RESUME'],
    ['SUSPENDED', 'PREPARATION', 'SIGNED', 'BACKWARD'],
    ['SUSPENDED', 'PREPARATION', undefined, 'RESUME'],
  ])('%s → %s (before suspension: %s) is %s', (from, to, before, move) => {
    expect(stageMove(from, to, before)).toBe(move);
  });

  it('lets nothing leave CANCELLED', () => {
    expect(() => stageMove('CANCELLED', 'RESERVE')).toThrow(
      new DomainError('CONFLICT', 'project is cancelled: nothing leaves CANCELLED'),
    );
  });

  it('refuses a move to the same stage', () => {
    expect(() => stageMove('SIGNED', 'SIGNED')).toThrow(/already in stage SIGNED/);
  });
});

describe('stageChoices', () => {
  const asked = (from: Stage, before?: Stage) =>
    stageChoices(from, before).map(({ stage, needsReason }) => [stage, needsReason]);

  it('offers every other stage in lifecycle order, a reason asked for each move back, suspension and cancellation', () => {
    expect(asked('SIGNED')).toEqual([
      ['RESERVE', true],
      ['PREPARATION', true],
      ['UNDER_CONSTRUCTION', false],
      ['COMPLETED', false],
      ['OPERATING', false],
      ['SUSPENDED', true],
      ['CANCELLED', true],
    ]);
  });

  it('judges a resume against the stage held before the suspension', () => {
    const choices = new Map(asked('SUSPENDED', 'UNDER_CONSTRUCTION') as [Stage, boolean][]);
    expect([choices.get('UNDER_CONSTRUCTION'), choices.get('OPERATING'), choices.get('SIGNED')]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('offers nothing once the project is cancelled', () => {
    expect(stageChoices('CANCELLED')).toEqual([]);
  });
});

describe('ChangeStage', () => {
  it('moves forward without a reason and records when the stage was entered', () => {
    const state = spec
      .given([projectRegistered])
      .when(changeStage('UNDER_CONSTRUCTION', '2024-03-01'))
      .then([underConstruction]);
    expect(state).toMatchObject({ stage: 'UNDER_CONSTRUCTION', stageSince: '2024-03-01' });
  });

  it('keeps a reason given for a forward move', () => {
    spec
      .given([projectRegistered])
      .when(changeStage('OPERATING', TODAY, ' 提前达产 '))
      .then([stageChanged(TODAY, 'SIGNED', 'OPERATING', 'FORWARD', '提前达产')]);
  });

  it('may happen on the day the current stage was entered', () => {
    spec
      .given([projectRegistered])
      .when(changeStage('UNDER_CONSTRUCTION', REGISTERED_ON))
      .then([stageChanged(REGISTERED_ON, 'SIGNED', 'UNDER_CONSTRUCTION', 'FORWARD')]);
  });

  it('moves backward with a reason', () => {
    spec
      .given([projectRegistered])
      .when(changeStage('PREPARATION', TODAY, '规划调整，重新报批'))
      .then([stageChanged(TODAY, 'SIGNED', 'PREPARATION', 'BACKWARD', '规划调整，重新报批')]);
  });

  it.each<[string, Stage]>([
    ['a backward move', 'RESERVE'],
    ['a suspension', 'SUSPENDED'],
    ['a cancellation', 'CANCELLED'],
  ])('refuses %s without a reason', (_case, stage) => {
    spec
      .given([projectRegistered])
      .when(changeStage(stage, TODAY, '  '))
      .thenRejects('BAD_USER_INPUT', { field: 'reason' });
  });

  it('refuses a reason over 500 characters', () => {
    spec
      .given([projectRegistered])
      .when(changeStage('CANCELLED', TODAY, '因'.repeat(501)))
      .thenRejects('BAD_USER_INPUT', { field: 'reason', message: '500' });
  });

  it('refuses the current stage', () => {
    spec
      .given([projectRegistered])
      .when(changeStage('SIGNED'))
      .thenRejects('BAD_USER_INPUT', { field: 'stage', message: 'already in stage SIGNED' });
  });

  it('refuses an unknown stage', () => {
    spec
      .given([projectRegistered])
      .when(changeStage('DONE' as Stage))
      .thenRejects('BAD_USER_INPUT', { field: 'stage' });
  });

  it('refuses a future date', () => {
    spec
      .given([projectRegistered])
      .when(changeStage('UNDER_CONSTRUCTION', '2024-06-16'))
      .thenRejects('BAD_USER_INPUT', { field: 'occurredOn', message: 'future' });
  });

  it('refuses a date before the registration', () => {
    spec
      .given([projectRegistered])
      .when(changeStage('UNDER_CONSTRUCTION', '2024-02-09'))
      .thenRejects('BAD_USER_INPUT', { field: 'occurredOn', message: 'date order' });
  });

  it('refuses a date before the current stage was entered', () => {
    spec
      .given([projectRegistered, underConstruction])
      .when(changeStage('COMPLETED', '2024-02-28'))
      .thenRejects('BAD_USER_INPUT', { field: 'occurredOn', message: 'stage changes must be in date order' });
  });

  describe('suspension and resumption', () => {
    it('suspends with a reason, remembering the stage it suspends', () => {
      const state = spec
        .given([projectRegistered, underConstruction])
        .when(changeStage('SUSPENDED', '2024-04-01', '资金链断裂'))
        .then([suspended]);
      expect(state).toMatchObject({
        stage: 'SUSPENDED',
        stageSince: '2024-04-01',
        stageBeforeSuspension: 'UNDER_CONSTRUCTION',
      });
    });

    it('resumes to the stage it suspended without a reason, and forgets the suspension', () => {
      const state = spec
        .given([projectRegistered, underConstruction, suspended])
        .when(changeStage('UNDER_CONSTRUCTION', '2024-05-01'))
        .then([stageChanged('2024-05-01', 'SUSPENDED', 'UNDER_CONSTRUCTION', 'RESUME')]);
      expect(state).toMatchObject({ stage: 'UNDER_CONSTRUCTION', stageSince: '2024-05-01' });
      expect(state).not.toHaveProperty('stageBeforeSuspension');
    });

    it('treats resuming to an earlier stage than before the suspension as a backward move needing a reason', () => {
      const given: ProjectEvent[] = [projectRegistered, underConstruction, suspended];
      spec.given(given).when(changeStage('SIGNED', '2024-05-01')).thenRejects('BAD_USER_INPUT', { field: 'reason' });
      spec
        .given(given)
        .when(changeStage('SIGNED', '2024-05-01', '重新签约'))
        .then([stageChanged('2024-05-01', 'SUSPENDED', 'SIGNED', 'BACKWARD', '重新签约')]);
    });

    it('cancels a suspended project, after which nothing leaves CANCELLED', () => {
      const cancel = stageChanged('2024-05-01', 'SUSPENDED', 'CANCELLED', 'CANCEL', '企业退出');
      const state = spec
        .given([projectRegistered, underConstruction, suspended])
        .when(changeStage('CANCELLED', '2024-05-01', '企业退出'))
        .then([cancel]);
      expect(state).toMatchObject({ stage: 'CANCELLED', stageSince: '2024-05-01' });
      expect(state).not.toHaveProperty('stageBeforeSuspension');
      spec
        .given([projectRegistered, underConstruction, suspended, cancel])
        .when(changeStage('UNDER_CONSTRUCTION'))
        .thenRejects('CONFLICT', 'project is cancelled');
    });
  });
});
