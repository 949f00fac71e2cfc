/**
 * China's extent in WGS84 degrees, from the westernmost point of Xinjiang to the Wusu
 * Li confluence in the east and from Zengmu Ansha in the south to Mohe in the north. A
 * coordinate outside it is a mistake (a swapped longitude and latitude, a missing digit,
 * a point taken in another datum's units), never a real project or township.
 */
export const CHINA_EXTENT = { west: 73.4, east: 135.1, south: 3.8, north: 53.6 } as const;

export const isInChina = (longitude: number, latitude: number): boolean =>
  longitude >= CHINA_EXTENT.west &&
  longitude <= CHINA_EXTENT.east &&
  latitude >= CHINA_EXTENT.south &&
  latitude <= CHINA_EXTENT.north;

export const CHINA_EXTENT_TEXT = `longitude ${CHINA_EXTENT.west}–${CHINA_EXTENT.east}, latitude ${CHINA_EXTENT.south}–${CHINA_EXTENT.north}`;
