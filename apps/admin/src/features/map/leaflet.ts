import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';

// the clustering plugin extends the global `L`, so it must be there before the plugin loads
(window as unknown as { L: typeof L }).L = L;

export { L };

export interface Tiles {
  url: string;
  subdomains: string;
  attribution?: string | null;
}

const MAX_ZOOM = 18;

/** Where the map opens when it has neither an outline nor a point: the middle of China. */
const CHINA: L.LatLngTuple = [35, 105];

/**
 * A map that needs nothing from the internet: the district's areas drawn from its own
 * GeoJSON on a plain background, and online tiles underneath only when the deployment
 * configured some.
 */
export function createBaseMap(element: HTMLElement, boundary: unknown, tiles: Tiles | null | undefined) {
  // without tiles nothing sets the zoom range, and clustering needs one
  const map = L.map(element, {
    center: CHINA,
    zoom: 4,
    minZoom: 3,
    maxZoom: MAX_ZOOM,
    attributionControl: Boolean(tiles),
    zoomSnap: 0.5,
  });
  if (tiles) {
    L.tileLayer(tiles.url, {
      subdomains: tiles.subdomains,
      attribution: tiles.attribution ?? '',
      maxZoom: MAX_ZOOM,
    }).addTo(map);
  }
  const outline = boundary
    ? L.geoJSON(boundary as GeoJSON.GeoJsonObject, {
        interactive: false,
        style: { color: '#1677ff', weight: 1.5, fillColor: '#e6f4ff', fillOpacity: tiles ? 0.1 : 0.6 },
        onEachFeature: (feature, layer) => {
          const name = (feature.properties as { name?: string } | null)?.name;
          if (name) layer.bindTooltip(name, { permanent: true, direction: 'center', className: 'area-label' });
        },
      }).addTo(map)
    : undefined;
  return { map, outline };
}

/** Shows the outline whole, or else all the points, or else stays on China. */
export function fitView(map: L.Map, outline: L.GeoJSON | undefined, points: L.LatLngTuple[]): void {
  const bounds = outline?.getBounds().isValid()
    ? outline.getBounds()
    : points.length > 0
      ? L.latLngBounds(points)
      : undefined;
  if (bounds) map.fitBounds(bounds, { padding: [16, 16], maxZoom: 14 });
}

export type BaseMap<Extra> = { map: L.Map; outline?: L.GeoJSON } & Extra;

/**
 * A base map in the returned element for as long as the outline and tiles stay the same;
 * `carry` adds what this map holds (layers, handlers) once it is made. The view is
 * undefined until the element is in the page.
 */
export function useBaseMap<Extra>(
  boundary: unknown,
  tiles: Tiles | null | undefined,
  carry: (map: L.Map, outline: L.GeoJSON | undefined) => Extra,
) {
  const element = useRef<HTMLDivElement>(null);
  const view = useRef<BaseMap<Extra>>(undefined);
  const carrying = useRef(carry);
  carrying.current = carry;
  useEffect(() => {
    if (!element.current) return;
    const { map, outline } = createBaseMap(element.current, boundary, tiles);
    view.current = { map, outline, ...carrying.current(map, outline) };
    return () => {
      map.remove();
      view.current = undefined;
    };
  }, [boundary, tiles]);
  return { element, view };
}
