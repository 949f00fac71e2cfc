/** Where a district's package is public while its admin has turned publication on. */
export const publicPackagePath = (districtCode: string) => `/open-data/${encodeURIComponent(districtCode)}/oc4ids.json`;

/** Where signed-in admins and analysts download a district's package (with the login token). */
export const districtPackagePath = (districtId: string) =>
  `/downloads/oc4ids/districts/${encodeURIComponent(districtId)}.json`;

/** Where whoever may see a project downloads it as a package of one. */
export const projectPackagePath = (projectId: string) =>
  `/downloads/oc4ids/projects/${encodeURIComponent(projectId)}.json`;

/** Where a district admin uploads the district's map (GeoJSON). */
export const boundaryPath = (districtId: string) => `/maps/${encodeURIComponent(districtId)}/boundary`;
