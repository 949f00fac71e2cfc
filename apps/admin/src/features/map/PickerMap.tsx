import { useEffect, useRef } from 'react';
import { fitView, L, useBaseMap, type Tiles } from './leaflet';

const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;

/** A small map of the district on which a click chooses the project's point. */
export default function PickerMap({
  boundary,
  tiles,
  point,
  onPick,
  label,
}: {
  boundary: unknown;
  tiles?: Tiles | null;
  point?: { longitude: number; latitude: number };
  onPick: (longitude: number, latitude: number) => void;
  label: string;
}) {
  const pick = useRef(onPick);
  pick.current = onPick;
  const { element, view } = useBaseMap(boundary, tiles, (map, outline) => {
    map.on('click', (event: L.LeafletMouseEvent) => pick.current(round(event.latlng.lng), round(event.latlng.lat)));
    fitView(map, outline, []);
    return { marker: L.circleMarker([0, 0], { radius: 8, color: '#1677ff', weight: 2, fillOpacity: 0.8 }) };
  });

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    if (point) current.marker.setLatLng([point.latitude, point.longitude]).addTo(current.map);
    else current.marker.remove();
  }, [point?.longitude, point?.latitude, point]);

  return <div ref={element} className="picker-map" role="application" aria-label={label} data-testid="picker-map" />;
}
