import { EnvironmentOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useLocale, useT } from '../i18n';
import { useMe } from '../login/session';
import type { MeCity } from '../types';

export const cityName = (city: MeCity, locale: string) => (locale === 'en' ? city.nameEn : city.nameZh);

/** Select of the user's cities; keeps the core page (org tree, members) when switching, else goes to the overview. */
export function CitySwitcher({
  current,
  block = false,
}: {
  current: MeCity /** full width (in the phone's drawer) */;
  block?: boolean;
}) {
  const me = useMe();
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const location = useLocation();

  function go(code: string) {
    const rest = location.pathname.replace(/^\/c\/[^/]+\/?/, '');
    const keep = rest === 'orgs' || rest === 'members' ? rest : '';
    navigate(`/c/${code}/${keep}`);
  }

  return (
    <Select
      data-testid="city-switcher"
      aria-label={t('city.switcher')}
      value={current.code}
      onChange={go}
      style={block ? { width: '100%' } : { minWidth: 180 }}
      suffixIcon={<EnvironmentOutlined />}
      options={me.cities.map((c) => ({
        value: c.code,
        label: <span data-testid={`city-option-${c.code}`}>{cityName(c, locale)}</span>,
      }))}
      popupMatchSelectWidth={false}
    />
  );
}
