/**
 * The part of OC4IDS 0.9 (Open Contracting for Infrastructure Data Standard) that a
 * Tuijin export fills in. Field names are the standard's; see schema/project-schema.json.
 */

export interface Value {
  amount: number;
  currency: 'CNY';
}

export interface Period {
  startDate?: string;
  endDate?: string;
}

export interface OrganizationReference {
  id: string;
  name: string;
}

export interface Address {
  locality?: string;
  region?: string;
  countryName?: string;
}

export interface Organization {
  id: string;
  name: string;
  roles: string[];
  address?: Address;
}

export interface Location {
  id: string;
  description?: string;
  geometry?: { type: 'Point'; coordinates: [number, number] };
  address?: Address;
}

export interface Observation {
  id: string;
  period?: Period;
  value?: Value;
  measure?: number;
  unit?: { name: string; scheme: string; id: string };
  notes?: string;
}

export interface Metric {
  id: string;
  title: string;
  description: string;
  observations: Observation[];
}

export interface Oc4idsProject {
  id: string;
  updated: string;
  language: string;
  identifiers: { id: string; scheme: string }[];
  publicAuthority: OrganizationReference;
  title: string;
  description?: string;
  budget: { amount: Value };
  period?: Period;
  locations?: Location[];
  status: string;
  type: string;
  sector: string[];
  parties: Organization[];
  identificationPeriod?: Period;
  preparationPeriod?: Period;
  implementationPeriod?: Period;
  completionPeriod?: Period;
  maintenancePeriod?: Period;
  forecasts?: Metric[];
  metrics?: Metric[];
  completion?: { endDate: string; finalValue?: Value };
}

export interface Oc4idsPackage {
  uri: string;
  publisher: { name: string };
  publishedDate: string;
  version: '0.9';
  license?: string;
  publicationPolicy?: string;
  projects: Oc4idsProject[];
}
