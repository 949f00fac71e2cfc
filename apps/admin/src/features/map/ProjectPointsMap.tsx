import { useEffect, useRef } from 'react';
import 'leaflet.markercluster';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { fitView, L, useBaseMap, type Tiles } from './leaflet';
import { worstLight, type LightChoice, type MapPointFields } from './map-points';

export interface MapPoint extends MapPointFields {
  code: string;
  name: string;
  longitude: number;
  latitude: number;
}

const lightOf = (point: MapPoint): LightChoice => point.light ?? 'NONE';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function pointIcon(point: MapPoint, label: string): L.DivIcon {
  return L.divIcon({
    className: `project-point map-light-${lightOf(point)}`,
    html: `<span role="button" aria-label="${escape(label)}"></span>`,
    iconSize: [16, 16],
  });
}

/** A cluster shows how many projects it holds, in the colour of the worst light among them. */
function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const lights = cluster
    .getAllChildMarkers()
    .map((marker) => (marker.options as { light?: LightChoice }).light ?? 'NONE');
  return L.divIcon({
    className: `project-cluster map-light-${worstLight(lights)}`,
    html: `<span>${cluster.getChildCount()}</span>`,
    iconSize: [34, 34],
  });
}

/**
 * Every point of the district coloured by its light, clustered where they crowd (a
 * cluster takes its worst light), over the district's own outline. A click opens the project.
 */
export function ProjectPointsMap({
  points,
  boundary,
  tiles,
  labelOf,
  onOpen,
}: {
  points: readonly MapPoint[];
  boundary: unknown;
  tiles?: Tiles | null;
  labelOf: (point: MapPoint) => string;
  onOpen: (projectId: string) => void;
}) {
  const fitted = useRef(false);
  const open = useRef(onOpen);
  open.current = onOpen;
  const { element, view } = useBaseMap(boundary, tiles, (map) => {
    const cluster = L.markerClusterGroup({
      iconCreateFunction: clusterIcon,
      showCoverageOnHover: false,
      maxClusterRadius: 40,
      disableClusteringAtZoom: 15,
    });
    map.addLayer(cluster);
    fitted.current = false;
    return { cluster };
  });

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    current.cluster.clearLayers();
    const markers = points.map((point) => {
      const label = labelOf(point);
      const marker = L.marker([point.latitude, point.longitude], {
        icon: pointIcon(point, label),
        title: label,
        keyboard: true,
        light: lightOf(point),
      } as L.MarkerOptions);
      marker.on('click', () => open.current(point.projectId));
      return marker;
    });
    current.cluster.addLayers(markers);
    if (!fitted.current) {
      fitView(
        current.map,
        current.outline,
        points.map((p) => [p.latitude, p.longitude]),
      );
      fitted.current = true;
    }
  }, [points, labelOf, boundary, tiles]);

  return <div ref={element} className="project-map" data-testid="project-map" />;
}
