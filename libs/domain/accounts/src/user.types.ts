import type { DomainEvent } from '@tuijin/domain-kernel';

export const ROLES = ['CITY_ADMIN', 'DISTRICT_ADMIN', 'UNIT_REPORTER', 'LEADER', 'ANALYST'] as const;
/** 市级管理员, 区县管理员, 责任单位填报员, 包保领导, 分析员. */
export type Role = (typeof ROLES)[number];

/** Who a user is and what their role reaches: the districts (none for a city admin) and, for a reporter, the unit. */
export interface UserProfile {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  districtIds: string[];
  unitId?: string;
}

/** Passwords never reach the domain: commands carry a salted hash made by the application. */
export type UserCommand =
  | ({ type: 'CreateUser'; today: string; passwordHash: string } & UserProfile)
  | { type: 'ChangePassword'; today: string; passwordHash: string }
  | { type: 'DeactivateUser'; today: string; reason: string }
  | { type: 'StartSession'; today: string; sessionId: string; expiresAt: string }
  | { type: 'EndSession'; today: string; sessionId: string };

export type UserEvent =
  | DomainEvent<'UserCreated', UserProfile & { passwordHash: string }>
  | DomainEvent<'PasswordChanged', { passwordHash: string }>
  | DomainEvent<'UserDeactivated', { reason: string }>
  | DomainEvent<'SessionStarted', { sessionId: string; expiresAt: string }>
  | DomainEvent<'SessionEnded', { sessionId: string }>;

export type UserState =
  | { exists: false }
  | (UserProfile & {
      exists: true;
      active: boolean;
      passwordHash: string;
    });
