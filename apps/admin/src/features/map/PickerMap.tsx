import { useEffect, useRef } from 'react';
import { createBaseMap, fitView, L, type Tiles } from './leaflet';

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
  const element = useRef<HTMLDivElement>(null);
  const view = useRef<{ map: L.Map; marker: L.CircleMarker }>(undefined);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!element.current) return;
    const { map, outline } = createBaseMap(element.current, boundary, tiles);
    const marker = L.circleMarker([0, 0], { radius: 8, color: '#1677ff', weight: 2, fillOpacity: 0.8 });
    map.on('click', (event: L.LeafletMouseEvent) => pick.current(round(event.latlng.lng), round(event.latlng.lat)));
    fitView(map, outline, []);
    view.current = { map, marker };
    return () => {
      map.remove();
      view.current = undefined;
    };
  }, [boundary, tiles]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    if (point) current.marker.setLatLng([point.latitude, point.longitude]).addTo(current.map);
    else current.marker.remove();
  }, [point?.longitude, point?.latitude, point]);

  return <div ref={element} className="picker-map" role="application" aria-label={label} data-testid="picker-map" />;
}
