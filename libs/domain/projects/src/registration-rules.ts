import { conflict, requireCode, requireNotFuture, requireOneOf } from '@tuijin/domain-kernel';
import { requireId } from '@tuijin/domain-organization';
import { requireDetails } from './project-details-rules';
import { PROGRESS_STAGES, type ProjectCommandOf, type ProjectEvent, type ProjectState } from './project.types';

/** A project enters the books in a progress stage; suspension and cancellation happen to registered projects. */
export function registerProject(command: ProjectCommandOf<'RegisterProject'>, state: ProjectState): ProjectEvent {
  if (state.exists) throw conflict(`project code ${state.code} is already registered`, 'code');
  return {
    type: 'ProjectRegistered',
    occurredOn: requireNotFuture('occurredOn', command.occurredOn, command.today),
    data: {
      projectId: requireId('projectId', command.projectId),
      districtId: requireId('districtId', command.districtId),
      code: requireCode('code', command.code),
      leadUnitId: requireId('leadUnitId', command.leadUnitId),
      stage: requireOneOf('stage', command.stage, PROGRESS_STAGES),
      ...requireDetails(command),
    },
  };
}
