import { ErrorAlert, type PluginPageProps, tr, typedClient, useApiData } from '@jiceng/ui';
import { Button } from 'antd';
import type { paths } from './api.generated';
import { day } from './common';

/** The printable 《报到证》, issued by the unit's party org; the member takes it to the community. */
export default function CertificatePage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const reportId = Number(new URLSearchParams(window.location.search).get('report'));
  const { data, error } = useApiData(
    () =>
      reportId > 0
        ? typedClient<paths>(api).get('/reports/{id}/certificate', { params: { id: reportId } })
        : Promise.reject(new Error(t('缺少报到编号', 'No report given'))),
    [api, reportId],
  );
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  const line = { borderBottom: '1px solid #333', padding: '0 12px', fontWeight: 600 } as const;
  return (
    <div data-testid="certificate-page">
      <style>
        {
          '@media print { body * { visibility: hidden } .lrh-cert, .lrh-cert * { visibility: visible } .lrh-cert { position: absolute; left: 0; top: 0; } .lrh-noprint { display: none } }'
        }
      </style>
      <div className="lrh-noprint" style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => window.print()}>
          {t('打印', 'Print')}
        </Button>
      </div>
      <div
        className="lrh-cert"
        style={{
          maxWidth: 680,
          margin: '0 auto',
          padding: '40px 56px',
          border: '3px double #b7000f',
          background: '#fff',
          fontFamily: 'serif',
          lineHeight: 2.2,
          fontSize: 17,
        }}
      >
        <div
          style={{ textAlign: 'center', fontSize: 28, fontWeight: 700, color: '#b7000f', letterSpacing: 8 }}
        >
          在职党员进社区报到证
        </div>
        <div style={{ textAlign: 'right', fontSize: 14 }} data-testid="certificate-no">
          编号：{data.certificateNo}
        </div>
        <p>
          <span style={line}>{data.communityOrgName}</span>：
        </p>
        <p style={{ textIndent: '2em' }}>
          兹有我单位在职党员{' '}
          <span style={line} data-testid="certificate-member">
            {data.memberName}
          </span>{' '}
          同志，按照
          {data.rule === 'residence'
            ? '"居住地在社区的到常住地社区报到"'
            : '"居住地不在社区的到单位结对共建社区报到"'}
          的原则，于 {day(data.reportedAt)} 在信息平台报到（{data.period}{' '}
          年度），现持本证到你社区报到，请予接洽。
        </p>
        <p style={{ textAlign: 'right', marginTop: 48 }}>
          {data.unitName ? `${data.unitName} ` : ''}
          {data.issuerOrgName}（盖章）
          <br />
          {day(data.certificateIssuedAt)}
        </p>
        <div
          style={{
            borderTop: '1px dashed #999',
            marginTop: 24,
            fontSize: 13,
            color: '#555',
            lineHeight: 1.8,
          }}
        >
          社区党组织确认栏：已核对报到证编号，同意报到。　　社区党组织（盖章）　　年　月　日
          <br />
          {data.cityName} · {t('在职党员回家', 'In-service members return home')}
        </div>
      </div>
    </div>
  );
}
