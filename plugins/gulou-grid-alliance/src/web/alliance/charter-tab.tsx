import { type ApiClient, chinaDay, ErrorAlert, type Locale, tr, typedClient, useSubmit } from '@jiceng/ui';
import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import type { paths } from '../api.generated';
import type { Alliance } from './types';

export function CharterTab({
  api,
  locale,
  alliance,
  onChanged,
}: {
  api: ApiClient;
  locale: Locale;
  alliance: Alliance;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState<string>(alliance.charter ?? '');
  const save = useSubmit(() => {
    setEditing(false);
    onChanged();
  });
  return (
    <>
      <ErrorAlert error={save.error} />
      <Typography.Paragraph type="secondary">
        {alliance.charterAdoptedOn
          ? `${t('通过于', 'Adopted')} ${alliance.charterAdoptedOn}`
          : t('尚未制定章程', 'No charter yet')}
      </Typography.Paragraph>
      {editing ? (
        <>
          <Input.TextArea
            aria-label={t('章程', 'Charter')}
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Space style={{ marginTop: 8 }}>
            <Button
              type="primary"
              loading={save.busy}
              onClick={() =>
                save.run(() =>
                  typed.put(
                    '/alliances/{id}/charter',
                    { charter: text, adoptedOn: chinaDay() },
                    { params: { id: alliance.id } },
                  ),
                )
              }
            >
              {t('通过并保存', 'Adopt')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('取消', 'Cancel')}</Button>
          </Space>
        </>
      ) : (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{alliance.charter}</Typography.Paragraph>
          <Button onClick={() => setEditing(true)}>{t('修订章程', 'Revise')}</Button>
        </>
      )}
    </>
  );
}
