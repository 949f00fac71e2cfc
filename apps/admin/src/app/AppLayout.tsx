import { GlobalOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Dropdown, Grid, Layout, Menu, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, useUser } from '../auth/AuthProvider';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { ErrorAlert, LoadingBlock } from '../components/QueryState';
import { changeLocale, useLocale } from '../i18n/i18n';
import { LOCALES, type Locale } from '../lib/locale';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import { pageAt, PAGES, pagesFor, type PageId } from './pages';

function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const pages = pagesFor(user.role);
  const selected = pageAt(pathname);
  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      items={pages.map((page) => {
        const Icon = PAGES[page].icon;
        return { key: page, icon: <Icon />, label: t(`nav.${page}`) };
      })}
      onClick={({ key }) => {
        navigate(PAGES[key as PageId].path);
        onNavigate?.();
      }}
    />
  );
}

function DistrictPicker() {
  const { t } = useTranslation();
  const { districts, district, setDistrictId } = useWorkspace();
  if (districts.length <= 1) return <span className="district-name">{district?.name}</span>;
  return (
    <Select
      className="district-picker"
      aria-label={t('workspace.district')}
      value={district?.id}
      onChange={setDistrictId}
      options={districts.map((d) => ({ value: d.id, label: d.name }))}
      popupMatchSelectWidth={false}
    />
  );
}

function LanguageSwitch() {
  const { locale } = useLocale();
  const { t } = useTranslation();
  return (
    <Select<Locale>
      className="language-switch"
      aria-label={t('workspace.language')}
      value={locale}
      onChange={changeLocale}
      suffixIcon={<GlobalOutlined />}
      options={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
      popupMatchSelectWidth={false}
    />
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const { state, logout } = useAuth();
  const user = useUser();
  const navigate = useNavigate();
  const [changingPassword, setChangingPassword] = useState(false);
  if (state.status === 'open') return null;
  const name = user.displayName || user.username;
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'role', label: t(`role.${user.role}`), disabled: true },
            { type: 'divider' },
            { key: 'password', label: t('auth.changePassword') },
            { key: 'logout', label: t('auth.logout') },
          ],
          onClick: ({ key }) => {
            if (key === 'logout') void logout().then(() => navigate('/login'));
            if (key === 'password') setChangingPassword(true);
          },
        }}
      >
        <Button type="text" icon={<UserOutlined />} className="user-button" aria-label={t('auth.userMenu', { name })}>
          <span className="user-name">{name}</span>
        </Button>
      </Dropdown>
      <ChangePasswordForm open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}

/** The frame of every page: navigation (a drawer on phones), district, language and the user. */
export function AppLayout() {
  const { t } = useTranslation();
  const { state } = useAuth();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const workspace = useWorkspace();

  let content: ReactNode;
  if (workspace.error) content = <ErrorAlert error={workspace.error} />;
  else if (workspace.loading && !workspace.district) content = <LoadingBlock />;
  else if (!workspace.district) content = <Alert type="info" showIcon title={t('workspace.noDistrict')} />;
  else content = <Outlet />;

  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        {!wide && (
          <Button
            type="text"
            className="menu-button"
            icon={<MenuOutlined />}
            aria-label={t('nav.open')}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Typography.Text className="brand">{t('app.name')}</Typography.Text>
        <DistrictPicker />
        <span className="header-spacer" />
        <LanguageSwitch />
        <UserMenu />
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider width={200} theme="light" className="app-sider">
            <NavMenu />
          </Layout.Sider>
        ) : (
          <Drawer
            open={drawerOpen}
            placement="left"
            size={240}
            onClose={() => setDrawerOpen(false)}
            title={t('app.name')}
            styles={{ body: { padding: 0 } }}
          >
            <NavMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
        <Layout.Content className="app-content">
          {state.status === 'open' && (
            <Alert className="open-mode" type="warning" showIcon title={t('auth.openMode')} />
          )}
          {content}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
