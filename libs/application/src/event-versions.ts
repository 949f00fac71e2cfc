import type { UserEvent } from '@tuijin/domain-accounts';
import type { RuleBookEvent } from '@tuijin/domain-assessment';
import type { BulletinBookEvent } from '@tuijin/domain-bulletins';
import type {
  DistrictEvent,
  DistrictMapEvent,
  LedgerImportBookEvent,
  OpenDataPublicationEvent,
  UnitEvent,
} from '@tuijin/domain-organization';
import type { ProjectEvent } from '@tuijin/domain-projects';

/**
 * Turns the data of one version of an event type into the next version's. It must be
 * pure: the log is replayed through it on every start and rebuild. Any parameter type
 * fits (`never`): each upcaster declares the older shape it reads.
 */
export type Upcaster = (data: never) => unknown;

/** Per event type, the upcasters from its version 1 on, in order. */
export type UpcasterChains = Readonly<Record<string, readonly Upcaster[]>>;

/** The version of an event's shape, as the log and the bus carry it with the event. */
export interface VersionedEvent {
  type: string;
  /** Missing on events stored before versions were recorded: those are version 1. */
  schemaVersion?: number;
  data: unknown;
}

/**
 * What every reader of the log relies on: an event is read in the shape today's code
 * expects, whatever version of the code stored it. An event type's current version is
 * one more than the number of its upcasters, so adding an upcaster is the version bump;
 * a type with none (or unknown here) is at version 1.
 */
export class EventVersions {
  constructor(private readonly chains: UpcasterChains) {}

  /** The version an event of this type is stored at today. */
  current(type: string): number {
    return this.chainOf(type).length + 1;
  }

  /** The event in today's shape: itself when it already is, else a copy with its data upcast. */
  upcast<E extends VersionedEvent>(event: E): E & { schemaVersion: number } {
    const current = this.current(event.type);
    if (event.schemaVersion === current) return event as E & { schemaVersion: number };
    const stored = event.schemaVersion ?? 1;
    if (!Number.isInteger(stored) || stored < 1 || stored > current) {
      // a newer build wrote it: reading it as an older shape would project wrong figures
      throw new Error(
        `An event of type ${event.type} is stored at schema version ${stored}, but this build knows versions 1 to ${current} only: run a newer build`,
      );
    }
    let data = event.data;
    for (const upcaster of this.chainOf(event.type).slice(stored - 1)) data = upcaster(data as never);
    return { ...event, schemaVersion: current, data };
  }

  // own properties only: a type named like one of Object.prototype's has no upcasters
  private chainOf(type: string): readonly Upcaster[] {
    return Object.hasOwn(this.chains, type) ? this.chains[type] : [];
  }
}

/** Every event type the platform stores, by the domain's own unions. */
export type EventType = (
  | ProjectEvent
  | DistrictEvent
  | UnitEvent
  | DistrictMapEvent
  | OpenDataPublicationEvent
  | LedgerImportBookEvent
  | RuleBookEvent
  | BulletinBookEvent
  | UserEvent
)['type'];

/**
 * The one place that knows the shapes of stored events: every event type with its
 * upcasters (how to add one: docs/event-versions.md). The compiler insists on an entry
 * for every type of the domain, and the event-log fixture test on an event of every
 * type listed here.
 */
export const EVENT_UPCASTERS: { readonly [Type in EventType]: readonly Upcaster[] } = {
  DistrictCreated: [],
  DistrictRenamed: [],
  UnitCreated: [],
  UnitRenamed: [],
  ReserveTargetSet: [],
  DistrictBoundarySet: [],
  OpenDataPublished: [],
  OpenDataWithdrawn: [],
  LedgerImported: [],
  ProjectRegistered: [],
  ProjectDetailsRevised: [],
  LeadUnitChanged: [],
  LeaderAssigned: [],
  ServiceSecretaryAssigned: [],
  AnnualPlanSet: [],
  StageChanged: [],
  MonthlyReportSubmitted: [],
  OpeningBalanceSet: [],
  MonthlyReportCorrected: [],
  ProblemRaised: [],
  ProblemAssigned: [],
  ProblemEscalated: [],
  ProblemResolved: [],
  ProblemClosed: [],
  RuleSetPublished: [],
  BulletinPublished: [],
  ReminderWebhookSet: [],
  ReminderSent: [],
  UserCreated: [],
  PasswordChanged: [],
  UserDeactivated: [],
  SessionStarted: [],
  SessionEnded: [],
};

export const EVENT_VERSIONS = new EventVersions(EVENT_UPCASTERS);
