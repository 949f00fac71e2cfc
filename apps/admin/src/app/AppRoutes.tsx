import { Button, Result } from 'antd';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, useUser } from '../auth/AuthProvider';
import { ErrorAlert, LoadingBlock } from '../components/QueryState';
import { LoginPage } from '../features/login/LoginPage';
import { loadSignedInFrame } from './code-loading';
import { canSee, homePathFor, PAGES, type PageId } from './pages';

// The login page comes first on a slow line: the signed-in frame and the pages load after it.
const SignedInFrame = lazy(loadSignedInFrame);
const PAGE_COMPONENTS: Record<string, ComponentType> = Object.fromEntries(
  Object.entries(PAGES).map(([id, { load }]) => [id, lazy(load)]),
);
const ProjectPage = lazy(() => import('../features/projects/ProjectPage'));
const BulletinPrintPage = lazy(() => import('../features/bulletins/BulletinPrintPage'));

/** Shows the app to a signed-in user, the login page to anyone else. */
function RequireSession({ children }: { children: ReactNode }) {
  const { state, recheck } = useAuth();
  const location = useLocation();
  switch (state.status) {
    case 'checking':
      return <LoadingBlock fullPage />;
    case 'signedOut':
      return <Navigate to="/login" replace state={{ from: location.pathname }} />;
    case 'unreachable':
      return (
        <div className="full-page-center">
          <ErrorAlert error={new TypeError('unreachable')} onRetry={recheck} />
        </div>
      );
    case 'signedIn':
    case 'open':
      return <>{children}</>;
  }
}

/** A page the user's role does not use says so, with a way home, rather than failing request by request. */
function RoleGuard({ page, children }: { page: PageId; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  if (canSee(user.role, page)) return <>{children}</>;
  return (
    <Result
      status="403"
      title={t('access.deniedTitle')}
      subTitle={t('access.deniedText')}
      extra={
        <Button type="primary" onClick={() => navigate(homePathFor(user.role))}>
          {t('access.goHome')}
        </Button>
      }
    />
  );
}

function Home() {
  const user = useUser();
  return <Navigate to={homePathFor(user.role)} replace />;
}

function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.text')}
      extra={<Button onClick={() => navigate('/')}>{t('access.goHome')}</Button>}
    />
  );
}

const page = (id: PageId, element: ReactNode) => (
  <RoleGuard page={id}>
    <Suspense fallback={<LoadingBlock fullPage />}>{element}</Suspense>
  </RoleGuard>
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* a bulletin to print: the document alone, without the app's header and menu */}
      <Route
        path="/print/bulletin"
        element={
          <RequireSession>
            <RoleGuard page="bulletins">
              <Suspense fallback={<LoadingBlock fullPage />}>
                <BulletinPrintPage />
              </Suspense>
            </RoleGuard>
          </RequireSession>
        }
      />
      <Route
        element={
          <RequireSession>
            <Suspense fallback={<LoadingBlock fullPage />}>
              <SignedInFrame />
            </Suspense>
          </RequireSession>
        }
      >
        <Route index element={<Home />} />
        {(Object.keys(PAGES) as PageId[]).map((id) => {
          const Page = PAGE_COMPONENTS[id];
          return <Route key={id} path={PAGES[id].path.slice(1)} element={page(id, <Page />)} />;
        })}
        <Route path="projects/:id" element={page('projects', <ProjectPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
