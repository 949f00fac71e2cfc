import type { ProjectDetailFieldsFragment } from '../../../gql/graphql';

/** Every project command form edits one project in a modal. */
export interface ProjectFormProps {
  project: ProjectDetailFieldsFragment;
  open: boolean;
  onClose: () => void;
}
