import type { Category, Stage } from '@tuijin/domain-projects';

/** Stage (四个一批) → OC4IDS `projectStatus`, as the product specification maps them. */
export const STATUS_OF_STAGE: Record<Stage, string> = {
  RESERVE: 'identification',
  PREPARATION: 'preparation',
  SIGNED: 'preparation',
  UNDER_CONSTRUCTION: 'implementation',
  SUSPENDED: 'implementation',
  COMPLETED: 'completion',
  OPERATING: 'maintenance',
  CANCELLED: 'cancelled',
};

/** The stage-period fields of an OC4IDS project, by the status whose span they give. */
export const PERIOD_FIELD_OF_STATUS = {
  identification: 'identificationPeriod',
  preparation: 'preparationPeriod',
  implementation: 'implementationPeriod',
  completion: 'completionPeriod',
  maintenance: 'maintenancePeriod',
} as const;

/**
 * Category → OC4IDS `projectSector` codes. A category is wider than a sector, so some
 * name every sector their projects commonly fall in (README, "Open data: OC4IDS").
 */
export const SECTORS_OF_CATEGORY: Record<Category, string[]> = {
  // 产业: factories, industrial parks, production lines
  INDUSTRIAL: ['economy'],
  // 基础设施: roads and bridges; water supply, sewage and river works
  INFRASTRUCTURE: ['transport', 'waterAndWaste'],
  // 民生: schools, hospitals and clinics, housing renewal
  SOCIAL: ['education', 'health', 'socialHousing'],
  // 新基建: 5G, data centres, networks
  NEW_INFRASTRUCTURE: ['communications'],
  // 服务业: logistics, commerce, tourism
  SERVICES: ['economy'],
  // 农业: the codelist counts agriculture and agribusiness as economy
  AGRICULTURE: ['economy'],
  // 其他: emergency reserves, fire stations, archives and other public buildings
  OTHER: ['governance'],
};

/** Tuijin records no project type; key projects (重点项目) are new assets, so every one is `construction`. */
export const PROJECT_TYPE = 'construction';

/** Party roles (OC4IDS `partyRole`) of the organisations a project names. */
export const ROLES = {
  district: ['publicAuthority'],
  leadUnit: ['administrativeEntity'],
  ownerEnterprise: ['buyer'],
} as const;
