import { assertNever, conflict, requireDay, type Decider, type DomainEvent } from '@tuijin/domain-kernel';
import { requireId } from './aggregate-guards';

/**
 * Whether a district publishes its projects as open data (OC4IDS) at a public address
 * that needs no login. Off until the district's admin turns it on.
 */
export type OpenDataPublicationCommand =
  | { type: 'PublishOpenData'; today: string; districtId: string }
  | { type: 'WithdrawOpenData'; today: string; districtId: string };

export type OpenDataPublicationEvent =
  DomainEvent<'OpenDataPublished', { districtId: string }> | DomainEvent<'OpenDataWithdrawn', { districtId: string }>;

export interface OpenDataPublicationState {
  published: boolean;
}

function decide(command: OpenDataPublicationCommand, state: OpenDataPublicationState): OpenDataPublicationEvent[] {
  requireDay('today', command.today);
  const districtId = requireId('districtId', command.districtId);
  switch (command.type) {
    case 'PublishOpenData':
      if (state.published) throw conflict("the district's open data is already public");
      return [{ type: 'OpenDataPublished', occurredOn: command.today, data: { districtId } }];
    case 'WithdrawOpenData':
      if (!state.published) throw conflict("the district's open data is not public");
      return [{ type: 'OpenDataWithdrawn', occurredOn: command.today, data: { districtId } }];
    default:
      return assertNever(command);
  }
}

function evolve(_state: OpenDataPublicationState, event: OpenDataPublicationEvent): OpenDataPublicationState {
  switch (event.type) {
    case 'OpenDataPublished':
      return { published: true };
    case 'OpenDataWithdrawn':
      return { published: false };
    default:
      return assertNever(event);
  }
}

export const openDataPublicationDecider: Decider<
  OpenDataPublicationCommand,
  OpenDataPublicationEvent,
  OpenDataPublicationState
> = { initialState: { published: false }, decide, evolve };
