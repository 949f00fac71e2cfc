import { invalid, optionalText, requireText } from '@tuijin/domain-kernel';
import { requireId } from '@tuijin/domain-organization';
import { requireProjectDate } from './project-dates';
import type { Person, ProjectCommandOf, ProjectEvent, RegisteredProject } from './project.types';

/** Who answers for a project: its lead unit (牵头单位), leader (包保领导) and service secretary (服务秘书). */

const PHONE = /^[0-9+\- ]{5,20}$/;
const MAX_REASON_LENGTH = 500;

export function changeLeadUnit(project: RegisteredProject, command: ProjectCommandOf<'ChangeLeadUnit'>): ProjectEvent {
  const leadUnitId = requireId('leadUnitId', command.leadUnitId);
  if (leadUnitId === project.leadUnitId) throw invalid('leadUnitId', `${leadUnitId} already leads this project`);
  const reason = optionalText('reason', command.reason, MAX_REASON_LENGTH);
  return {
    type: 'LeadUnitChanged',
    occurredOn: requireProjectDate('occurredOn', command.occurredOn, project, command.today),
    data: { leadUnitId, previousLeadUnitId: project.leadUnitId, ...(reason !== undefined && { reason }) },
  };
}

export function requirePerson(field: string, value: unknown): Person {
  if (typeof value !== 'object' || value === null) throw invalid(field, `${field} must name a person`);
  const { name, phone, userId } = value as Record<string, unknown>;
  const person: Person = { name: requireText(`${field}.name`, name, 50) };
  if (userId !== undefined && userId !== null) person.userId = requireId(`${field}.userId`, userId);
  const givenPhone = optionalText(`${field}.phone`, phone, 20);
  if (givenPhone !== undefined) {
    if (!PHONE.test(givenPhone))
      throw invalid(`${field}.phone`, `${field}.phone may hold only digits, "+", "-" and spaces (5 to 20)`);
    person.phone = givenPhone;
  }
  return person;
}

export function assignLeader(project: RegisteredProject, command: ProjectCommandOf<'AssignLeader'>): ProjectEvent {
  return {
    type: 'LeaderAssigned',
    occurredOn: requireProjectDate('occurredOn', command.occurredOn, project, command.today),
    data: { leader: requirePerson('leader', command.leader) },
  };
}

export function assignServiceSecretary(
  project: RegisteredProject,
  command: ProjectCommandOf<'AssignServiceSecretary'>,
): ProjectEvent {
  return {
    type: 'ServiceSecretaryAssigned',
    occurredOn: requireProjectDate('occurredOn', command.occurredOn, project, command.today),
    data: { secretary: requirePerson('secretary', command.secretary) },
  };
}
