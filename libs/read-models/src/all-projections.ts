import type { Projection } from '@tuijin/application';
import { organizationProjection } from './organization.projection';
import { projectProjection } from './project.projection';
import { assessmentFactsProjection } from './assessment-facts.projection';
import { accountsProjection } from './accounts.projection';
import { districtSettingsProjection } from './district-settings.projection';
import { bulletinBookProjection } from './bulletin-book.projection';
import { ledgerImportBookProjection } from './ledger-import-book.projection';

/** Every projection of the platform, in the order they are applied. */
export const ALL_PROJECTIONS: Projection[] = [
  organizationProjection,
  projectProjection,
  assessmentFactsProjection,
  accountsProjection,
  districtSettingsProjection,
  bulletinBookProjection,
  ledgerImportBookProjection,
];
