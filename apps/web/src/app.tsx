import { Result, Spin } from 'antd';
import { type ComponentType, lazy, type ReactElement, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useNavigate } from 'react-router-dom';
import { AdminOnly, isPlatformAdmin } from './admin/access';
import { useT } from './i18n';
import { useCity } from './layout/city-context';
import { LoginPage } from './login/login-page';
import { useSession } from './login/session';

/**
 * A page fetched when first shown (its own chunk), so the login page loads only the login page: the shell and every
 * page below are code-split. Inside the shell a page shows a spinner in its place while it loads.
 */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(async () => ({ default: await load() }));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per page when this module loads, never in a render
  return function Page(props: P) {
    return (
      <Suspense
        fallback={
          <Spin size="large" style={{ display: 'block', margin: '15vh auto' }} data-testid="page-loading" />
        }
      >
        <Lazy {...props} />
      </Suspense>
    );
  };
}

const ShellLayout = lazyPage(() => import('./layout/shell-layout').then((m) => m.ShellLayout));
const OverviewPage = lazyPage(() => import('./overview/overview-page').then((m) => m.OverviewPage));
const OrgTreePage = lazyPage(() => import('./org-tree/org-tree-page').then((m) => m.OrgTreePage));
const MembersPage = lazyPage(() => import('./members/members-page').then((m) => m.MembersPage));
const PlacesPage = lazyPage(() => import('./places/places-page').then((m) => m.PlacesPage));
const UnitsPage = lazyPage(() => import('./units/units-page').then((m) => m.UnitsPage));
const ComparePage = lazyPage(() => import('./compare/compare-page').then((m) => m.ComparePage));
const FeatureMatrixPage = lazyPage(() =>
  import('./models/feature-matrix-page').then((m) => m.FeatureMatrixPage),
);
const PluginPage = lazyPage(() => import('./plugin-host/plugin-page').then((m) => m.PluginPage));
const PublicPluginPage = lazyPage(() => import('./public/public-page').then((m) => m.PublicPluginPage));
const ChangePasswordPage = lazyPage(() =>
  import('./login/change-password').then((m) => m.ChangePasswordPage),
);
const ModelsPage = lazyPage(() => import('./admin/models-page').then((m) => m.ModelsPage));
const PeoplePage = lazyPage(() => import('./admin/people-page').then((m) => m.PeoplePage));
const JobsPage = lazyPage(() => import('./admin/jobs-page').then((m) => m.JobsPage));
const AuditPage = lazyPage(() => import('./admin/audit-page').then((m) => m.AuditPage));
const CitiesPage = lazyPage(() => import('./admin/new-city-page').then((m) => m.CitiesPage));
const NewCityForm = lazyPage(() => import('./admin/new-city-page').then((m) => m.NewCityForm));
const NotificationsPage = lazyPage(() =>
  import('./notifications/notifications-page').then((m) => m.NotificationsPage),
);
const ImportPage = lazyPage(() => import('./roster/import-page').then((m) => m.ImportPage));

/** Routes behind the login gate: /c/:cityCode/{'' | orgs | members | p/:pluginId/*}. */
function Authenticated() {
  const { state } = useSession();
  const navigate = useNavigate();
  if (state.status !== 'ready') return null;
  const { me } = state;
  if (me.user.mustChangePassword) return <ChangePasswordPage />;
  const home = me.cities[0] ? `/c/${me.cities[0].code}` : null;
  return (
    <Routes>
      <Route path="/" element={home ? <Navigate to={home} replace /> : <NoCity />} />
      <Route path="/login" element={<Navigate to={home ?? '/'} replace />} />
      <Route path="/account/password" element={<ChangePasswordPage onDone={() => navigate(home ?? '/')} />} />
      <Route path="/c/:cityCode" element={<ShellLayout />}>
        <Route index element={<OverviewPage />} />
        <Route path="orgs" element={<CoreOnly element={<OrgTreePage />} />} />
        <Route path="members" element={<CoreOnly element={<MembersPage />} />} />
        <Route path="places" element={<CoreOnly element={<PlacesPage />} />} />
        <Route path="units" element={<CoreOnly element={<UnitsPage />} />} />
        <Route path="compare" element={<CoreOnly element={<ComparePage />} />} />
        <Route path="models" element={<CoreOnly element={<FeatureMatrixPage />} />} />
        <Route path="p/:pluginId/*" element={<PluginPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="admin/models" element={<AdminOnly page="models" element={<ModelsPage />} />} />
        <Route path="admin/people" element={<AdminOnly page="people" element={<PeoplePage />} />} />
        <Route path="admin/jobs" element={<AdminOnly page="jobs" element={<JobsPage />} />} />
        <Route path="admin/audit" element={<AdminOnly page="audit" element={<AuditPage />} />} />
        <Route path="admin/cities" element={<AdminOnly page="cities" element={<CitiesPage />} />} />
        <Route path="import" element={<AdminOnly page="import" element={<ImportPage />} />} />
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

/** No city to show: say so, and a platform admin (of a fresh installation) may create the first one. */
function NoCity() {
  const { state } = useSession();
  const t = useT();
  const platform = state.status === 'ready' && isPlatformAdmin(state.me);
  return (
    <Result
      status="info"
      title={t('city.none')}
      data-testid="no-city"
      extra={
        platform && (
          <div style={{ display: 'inline-block', textAlign: 'left' }}>
            <NewCityForm />
          </div>
        )
      }
    />
  );
}

/** Org tree and members are for administrators; a member gets their overview instead. */
function CoreOnly({ element }: { element: ReactElement }) {
  const { city } = useCity();
  return city.access === 'self' ? <Navigate to={`/c/${city.code}`} replace /> : element;
}

function NotFound() {
  const t = useT();
  return <Result status="404" title={t('common.notFound')} data-testid="not-found" />;
}

export function App() {
  const { state } = useSession();
  if (state.status === 'loading')
    return <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />;
  return (
    <BrowserRouter>
      <Routes>
        {/* Login-free pages of the models (a compound's public board): the same for anyone, signed in or not. */}
        <Route path="/public/:cityCode/p/:pluginId/*" element={<PublicPluginPage />} />
        <Route path="*" element={state.status === 'anonymous' ? <LoginPage /> : <Authenticated />} />
      </Routes>
    </BrowserRouter>
  );
}
