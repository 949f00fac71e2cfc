import { Button, Result } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, useUser } from '../auth/AuthProvider';
import { ErrorAlert, LoadingBlock } from '../components/QueryState';
import { LoginPage } from '../features/login/LoginPage';
import { canSee, homePathFor, type PageId } from '../lib/access';
import { loadSignedInFrame, PAGE_MODULES } from './code-loading';

// The login page comes first on a slow line: the signed-in frame and the pages load after it.
const SignedInFrame = lazy(loadSignedInFrame);
const DashboardPage = lazy(PAGE_MODULES.dashboard);
const ComparisonPage = lazy(PAGE_MODULES.comparison);
const ProjectsPage = lazy(PAGE_MODULES.projects);
const ProjectPage = lazy(() => import('../features/projects/ProjectPage'));
const ReportingPage = lazy(PAGE_MODULES.reporting);
const ProblemsPage = lazy(PAGE_MODULES.problems);
const AssessmentPage = lazy(PAGE_MODULES.assessment);
const RuleSetsPage = lazy(PAGE_MODULES.ruleSets);
const UnitsPage = lazy(PAGE_MODULES.units);
const UsersPage = lazy(PAGE_MODULES.users);
const MapPage = lazy(PAGE_MODULES.map);
const OpenDataPage = lazy(PAGE_MODULES.openData);
const BulletinPage = lazy(PAGE_MODULES.bulletins);
const BulletinPrintPage = lazy(() => import('../features/bulletins/BulletinPrintPage'));
const ReportingStatusPage = lazy(PAGE_MODULES.reportingStatus);
const CityBulletinPage = lazy(PAGE_MODULES.cityBulletin);

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
        <Route path="dashboard" element={page('dashboard', <DashboardPage />)} />
        <Route path="comparison" element={page('comparison', <ComparisonPage />)} />
        <Route path="projects" element={page('projects', <ProjectsPage />)} />
        <Route path="projects/:id" element={page('projects', <ProjectPage />)} />
        <Route path="reporting" element={page('reporting', <ReportingPage />)} />
        <Route path="problems" element={page('problems', <ProblemsPage />)} />
        <Route path="assessment" element={page('assessment', <AssessmentPage />)} />
        <Route path="rule-sets" element={page('ruleSets', <RuleSetsPage />)} />
        <Route path="units" element={page('units', <UnitsPage />)} />
        <Route path="users" element={page('users', <UsersPage />)} />
        <Route path="map" element={page('map', <MapPage />)} />
        <Route path="open-data" element={page('openData', <OpenDataPage />)} />
        <Route path="bulletins" element={page('bulletins', <BulletinPage />)} />
        <Route path="reporting-status" element={page('reportingStatus', <ReportingStatusPage />)} />
        <Route path="city-bulletin" element={page('cityBulletin', <CityBulletinPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
