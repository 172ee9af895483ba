import { GlobalOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useLocale, useT } from '../i18n';
import { useMe, useSession } from '../login/session';
import styles from './shell.module.css';

/**
 * The user's name with change password and logout. `compact` (a phone's header): an icon button, with the name and
 * the language switch moved into the menu.
 */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const me = useMe();
  const { logout } = useSession();
  const { locale, setLocale } = useLocale();
  const t = useT();
  const navigate = useNavigate();
  const name = me.user.displayName || me.user.username;
  const items: MenuProps['items'] = [
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: <span data-testid="menu-change-password">{t('user.changePassword')}</span>,
    },
    { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('user.logout')}</span> },
  ];
  if (compact)
    items.unshift(
      {
        key: 'who',
        icon: <UserOutlined />,
        label: <span data-testid="user-name">{name}</span>,
        disabled: true,
      },
      { type: 'divider' },
      {
        key: 'language',
        icon: <GlobalOutlined />,
        label: (
          <span data-testid="menu-language" lang={locale === 'en' ? 'zh-CN' : 'en'}>
            {locale === 'en' ? t('language.zh') : t('language.en')}
          </span>
        ),
      },
    );
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        onClick: ({ key }) => {
          if (key === 'logout') void logout().then(() => navigate('/login'));
          if (key === 'password') navigate('/account/password');
          if (key === 'language') setLocale(locale === 'en' ? 'zh-CN' : 'en');
        },
      }}
    >
      {compact ? (
        <Button
          type="text"
          icon={<UserOutlined />}
          data-testid="user-menu"
          aria-label={`${t('user.menu')}: ${name}`}
          title={name}
          className={styles.menuButton}
        />
      ) : (
        <Button type="text" icon={<UserOutlined />} data-testid="user-menu" style={{ color: 'inherit' }}>
          {name}
        </Button>
      )}
    </Dropdown>
  );
}
