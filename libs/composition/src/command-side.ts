import {
  AccountCommands,
  AggregateRepository,
  AssessmentCommands,
  DistrictMapCommands,
  OpenDataCommands,
  BulletinCommands,
  OrganizationCommands,
  ProjectCommands,
  type EventStore,
} from '@tuijin/application';

/** The command handlers of Tuijin over one event store: what decides and appends, in any topology. */
export interface CommandSide {
  organization: OrganizationCommands;
  projects: ProjectCommands;
  assessment: AssessmentCommands;
  accounts: AccountCommands;
  openData: OpenDataCommands;
  districtMaps: DistrictMapCommands;
  bulletins: BulletinCommands;
}

/** The classes behind each group, so a remote caller can offer exactly the same methods. */
export const COMMAND_CLASSES = {
  organization: OrganizationCommands,
  projects: ProjectCommands,
  assessment: AssessmentCommands,
  accounts: AccountCommands,
  openData: OpenDataCommands,
  districtMaps: DistrictMapCommands,
  bulletins: BulletinCommands,
} as const;

export type CommandGroup = keyof typeof COMMAND_CLASSES;

export function createCommandSide(store: EventStore): CommandSide {
  const aggregates = new AggregateRepository(store);
  const organization = new OrganizationCommands(aggregates);
  return {
    organization,
    projects: new ProjectCommands(aggregates, organization),
    assessment: new AssessmentCommands(aggregates, organization),
    accounts: new AccountCommands(aggregates, organization),
    openData: new OpenDataCommands(aggregates, organization),
    districtMaps: new DistrictMapCommands(aggregates, organization),
    bulletins: new BulletinCommands(aggregates, organization),
  };
}

/** The public methods of a command class (everything on its prototype but the constructor). */
export const commandMethods = (group: CommandGroup): string[] =>
  Object.getOwnPropertyNames(COMMAND_CLASSES[group].prototype).filter(
    (name) => name !== 'constructor' && typeof COMMAND_CLASSES[group].prototype[name as never] === 'function',
  );
