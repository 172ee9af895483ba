import { Result, Spin } from 'antd';
import { BrowserRouter, Navigate, Route, Routes, useNavigate } from 'react-router-dom';
import type { ReactElement } from 'react';
import { AdminOnly } from './admin/access';
import { AuditPage } from './admin/audit-page';
import { JobsPage } from './admin/jobs-page';
import { ModelsPage } from './admin/models-page';
import { CitiesPage, isPlatformAdmin, NewCityForm } from './admin/new-city-page';
import { PeoplePage } from './admin/people-page';
import { useT } from './i18n';
import { useCity } from './layout/city-context';
import { ShellLayout } from './layout/shell-layout';
import { ComparePage } from './compare/compare-page';
import { ChangePasswordPage } from './login/change-password';
import { LoginPage } from './login/login-page';
import { useSession } from './login/session';
import { MembersPage } from './members/members-page';
import { FeatureMatrixPage } from './models/feature-matrix-page';
import { OrgTreePage } from './org-tree/org-tree-page';
import { OverviewPage } from './overview/overview-page';
import { PlacesPage } from './places/places-page';
import { PluginPage } from './plugin-host/plugin-page';
import { PublicPluginPage } from './public/public-page';
import { ImportPage } from './roster/import-page';
import { UnitsPage } from './units/units-page';

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
    <Result status="info" title={t('city.none')} data-testid="no-city" extra={platform && <div style={{ display: 'inline-block', textAlign: 'left' }}><NewCityForm /></div>} />
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
  if (state.status === 'loading') return <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />;
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
