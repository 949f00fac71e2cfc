import { accountHandlers } from '../use-cases/account.handlers';
import { assessmentHandlers } from '../use-cases/assessment.handlers';
import { bulletinHandlers } from '../use-cases/bulletin.handlers';
import { districtMapHandlers } from '../use-cases/district-map.handlers';
import { ledgerImportHandlers } from '../use-cases/ledger-import.handlers';
import { openDataHandlers } from '../use-cases/open-data.handlers';
import { organizationHandlers } from '../use-cases/organization.handlers';
import { projectHandlers } from '../use-cases/project.handlers';

/** Every command Tuijin accepts, by message type: one table per aggregate, one dispatch for all. */
export const COMMAND_HANDLERS = {
  ...organizationHandlers,
  ...projectHandlers,
  ...assessmentHandlers,
  ...accountHandlers,
  ...bulletinHandlers,
  ...openDataHandlers,
  ...districtMapHandlers,
  ...ledgerImportHandlers,
};
