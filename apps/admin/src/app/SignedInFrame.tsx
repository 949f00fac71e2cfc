import { WorkspaceProvider } from '../workspace/WorkspaceProvider';
import { AppLayout } from './AppLayout';

/**
 * Everything around the pages of a signed-in user: the district workspace and the
 * navigation frame. Loaded after sign-in, so the login page does not wait for it.
 */
export default function SignedInFrame() {
  return (
    <WorkspaceProvider>
      <AppLayout />
    </WorkspaceProvider>
  );
}
