import type { Projection } from '@tuijin/application';
import { assertNever } from '@tuijin/domain-kernel';
import type { DistrictBoundary, DistrictMapEvent, OpenDataPublicationEvent } from '@tuijin/domain-organization';
import { aggregateIdOf, domainEvent } from './stream-keys';
import { COLLECTIONS } from './views';

/** A district's map as last uploaded. */
export interface DistrictMapView {
  id: string;
  districtId: string;
  boundary: DistrictBoundary;
  approximate: boolean;
  source?: string;
  /** When it was uploaded. */
  setAt: string;
}

/** Whether a district's open data is public, and since when (or since when not). */
export interface OpenDataPublicationView {
  id: string;
  districtId: string;
  published: boolean;
  changedAt: string;
}

/** A district's settings that live in streams of their own: its map and its open-data publication. */
export const districtSettingsProjection: Projection = {
  name: 'district-settings',
  reads() {
    // every event replaces its district's document whole: nothing to read first
  },
  apply(stored, views) {
    if (stored.streamId.startsWith('districtmap-')) {
      const event = domainEvent<DistrictMapEvent>(stored);
      const { districtId, boundary, approximate, source } = event.data;
      views.put(COLLECTIONS.districtMaps, {
        id: aggregateIdOf(stored),
        districtId,
        boundary,
        approximate,
        ...(source === undefined ? {} : { source }),
        setAt: stored.recordedAt,
      } satisfies DistrictMapView);
    }
    if (stored.streamId.startsWith('opendata-')) {
      const event = domainEvent<OpenDataPublicationEvent>(stored);
      views.put(COLLECTIONS.openDataPublications, {
        id: aggregateIdOf(stored),
        districtId: event.data.districtId,
        published: isPublished(event),
        changedAt: stored.recordedAt,
      } satisfies OpenDataPublicationView);
    }
  },
};

function isPublished(event: OpenDataPublicationEvent): boolean {
  switch (event.type) {
    case 'OpenDataPublished':
      return true;
    case 'OpenDataWithdrawn':
      return false;
    default:
      return assertNever(event);
  }
}
