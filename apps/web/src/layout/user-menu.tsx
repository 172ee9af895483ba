import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../i18n';
import { useMe, useSession } from '../login/session';

export function UserMenu() {
  const me = useMe();
  const { logout } = useSession();
  const t = useT();
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'password', icon: <KeyOutlined />, label: <span data-testid="menu-change-password">{t('user.changePassword')}</span> },
          { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('user.logout')}</span> },
        ],
        onClick: ({ key }) => {
          if (key === 'logout') void logout().then(() => navigate('/login'));
          if (key === 'password') navigate('/account/password');
        },
      }}
    >
      <Button type="text" icon={<UserOutlined />} data-testid="user-menu" style={{ color: 'inherit' }}>
        {me.user.displayName || me.user.username}
      </Button>
    </Dropdown>
  );
}
