import type { Projection, StoredEvent, ViewSession } from '@tuijin/application';
import type { DistrictEvent, UnitEvent } from '@tuijin/domain-organization';
import { aggregateIdOf, domainEvent, needOwnDocs } from './stream-keys';
import { COLLECTIONS, type DistrictView, type UnitView } from './views';

function applyDistrict(event: DistrictEvent, stored: StoredEvent, views: ViewSession): void {
  switch (event.type) {
    case 'DistrictCreated':
      views.put(COLLECTIONS.districts, {
        id: event.data.districtId,
        code: event.data.code,
        name: event.data.name,
        createdAt: stored.recordedAt,
      } satisfies DistrictView);
      return;
    case 'DistrictRenamed': {
      const district = views.get<DistrictView>(COLLECTIONS.districts, aggregateIdOf(stored));
      if (district) views.put(COLLECTIONS.districts, { ...district, name: event.data.name });
      return;
    }
  }
}

function applyUnit(event: UnitEvent, stored: StoredEvent, views: ViewSession): void {
  if (event.type === 'UnitCreated') {
    const { unitId, ...unit } = event.data;
    views.put(COLLECTIONS.units, { id: unitId, ...unit, reserveTargets: [] } satisfies UnitView);
    return;
  }
  const unit = views.get<UnitView>(COLLECTIONS.units, aggregateIdOf(stored));
  if (!unit) return;
  switch (event.type) {
    case 'UnitRenamed':
      views.put(COLLECTIONS.units, { ...unit, name: event.data.name });
      return;
    case 'ReserveTargetSet': {
      const others = unit.reserveTargets.filter((t) => t.year !== event.data.year);
      const reserveTargets = [...others, { year: event.data.year, target: event.data.target }].sort(
        (a, b) => a.year - b.year,
      );
      views.put(COLLECTIONS.units, { ...unit, reserveTargets });
      return;
    }
  }
}

/** Districts (区县) and their units (责任单位). */
export const organizationProjection: Projection = {
  name: 'organization',
  reads(stored, need) {
    needOwnDocs(stored, 'district', need, COLLECTIONS.districts);
    needOwnDocs(stored, 'unit', need, COLLECTIONS.units);
  },
  apply(stored, views) {
    if (stored.streamId.startsWith('district-')) applyDistrict(domainEvent<DistrictEvent>(stored), stored, views);
    if (stored.streamId.startsWith('unit-')) applyUnit(domainEvent<UnitEvent>(stored), stored, views);
  },
};
