export * from './views';
export * from './organization.projection';
export * from './project.projection';
export * from './read-model-queries';

import { organizationProjection } from './organization.projection';
import { projectProjection } from './project.projection';

/** Every projection of the platform, in the order they are applied. */
export const ALL_PROJECTIONS = [organizationProjection, projectProjection];
