import { Segmented } from 'antd';
import { useLocale, useT } from '../i18n';

/** 中文 / English; the choice is remembered and sent to the API. */
export function LanguageToggle() {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <Segmented
      size="small"
      aria-label={t('language.switchTo')}
      data-testid="language-toggle"
      value={locale}
      onChange={(v) => setLocale(v as 'zh-CN' | 'en')}
      options={[
        { value: 'zh-CN', label: <span data-testid="lang-zh">{t('language.zh')}</span> },
        { value: 'en', label: <span data-testid="lang-en">{t('language.en')}</span> },
      ]}
    />
  );
}
