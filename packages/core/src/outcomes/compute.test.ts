import { describe, expect, it } from 'vitest';
import { factSources, notApplicableReason, REASONS, ratio, sharedValue } from './compute';
import type { PluginOutcomes } from './contract';
import { lastMonths, periodsOfMonths, standardPeriod } from './periods';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const member = { members: 4, engaged: 2, served: 1, hours: 6, hourRows: 3, serviceRows: 3 };

describe('shared indicator rules', () => {
  it('makes rates with numerator and denominator; an empty denominator is not applicable, never 0', () => {
    expect(ratio(1, 4)).toEqual({ status: 'ok', value: 0.25, numerator: 1, denominator: 4 });
    expect(ratio(0, 0)).toEqual({ status: 'not_applicable', reason: REASONS.empty });
    expect(sharedValue('engagement_rate', { member })).toMatchObject({ value: 0.5 });
    expect(sharedValue('service_participation_rate', { member })).toMatchObject({ value: 0.5 });
    expect(sharedValue('projects_done_rate', {}).status).toBe('not_applicable');
  });

  it('gives hours per member over in-service members, and no figure when service carries no hours', () => {
    expect(sharedValue('service_hours_per_member', { member })).toEqual({
      status: 'ok',
      value: 1.5,
      numerator: 6,
      denominator: 4,
    });
    expect(sharedValue('service_hours_per_member', { member: { ...member, hourRows: 0 } })).toEqual({
      status: 'not_applicable',
      reason: REASONS.noHours,
    });
    // No service at all is 0 hours, not "no hours recorded".
    expect(
      sharedValue('service_hours_per_member', {
        member: { ...member, hours: 0, hourRows: 0, serviceRows: 0 },
      }),
    ).toMatchObject({ value: 0 });
  });

  it('gives the median days only when something closed', () => {
    const request = { received: 3, receivedClosed: 2, due: 2, dueOnTime: 1, closed: 2, medianDays: 4.5 };
    expect(sharedValue('request_days_median', { request })).toEqual({
      status: 'ok',
      value: 4.5,
      denominator: 2,
    });
    expect(
      sharedValue('request_days_median', { request: { ...request, closed: 0, medianDays: null } }).status,
    ).toBe('not_applicable');
    expect(sharedValue('requests_on_time_rate', { request })).toMatchObject({ value: 0.5 });
  });

  it('explains "not applicable" with every enabled model’s reason, or says no model provides it', () => {
    const a: PluginOutcomes['facts'] = {
      engagement: { view: true, describes: t('报到', 'report-in') },
      service: { notApplicable: t('甲不记服务', 'a has no service') },
      request: { notApplicable: t('甲无诉求', 'a has no requests') },
      project: { notApplicable: t('甲无项目', 'a has no projects') },
      coverage: { notApplicable: t('甲无覆盖', 'a has no coverage') },
    };
    const b = { ...a, service: { notApplicable: t('乙不记服务', 'b has no service') } };
    const plugins = [{ id: 'a', outcomes: { facts: a } }, { id: 'b', outcomes: { facts: b } }, { id: 'c' }];
    const sources = {
      engagement: factSources(plugins, 'engagement'),
      service: factSources(plugins, 'service'),
      request: factSources(plugins, 'request'),
      project: factSources(plugins, 'project'),
      coverage: factSources([{ id: 'c' }], 'coverage'),
    };
    expect(sources.engagement).toEqual({
      views: ['a', 'b'],
      texts: [t('报到', 'report-in'), t('报到', 'report-in')],
    });
    expect(notApplicableReason(['engagement'], sources)).toBeNull();
    expect(notApplicableReason(['engagement', 'service'], sources)).toEqual(
      t('甲不记服务；乙不记服务', 'a has no service; b has no service'),
    );
    expect(notApplicableReason(['coverage'], sources)).toEqual(REASONS.noModel);
  });
});

describe('standard periods', () => {
  it('lists the months ending with today’s, across a year boundary', () => {
    expect(lastMonths('2026-02-15', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('stores each month with its quarter, half and year, once', () => {
    const p = periodsOfMonths(['2026-02', '2026-03']);
    expect(p.map((x) => `${x.kind} ${x.from} ${x.to}`)).toEqual([
      'month 2026-02-01 2026-02-28',
      'month 2026-03-01 2026-03-31',
      'quarter 2026-01-01 2026-03-31',
      'half 2026-01-01 2026-06-30',
      'year 2026-01-01 2026-12-31',
    ]);
  });

  it('recognises the compare page’s presets and nothing else', () => {
    expect(standardPeriod('2026-01-01', '2026-12-31')?.kind).toBe('year');
    expect(standardPeriod('2025-07-01', '2025-12-31')?.kind).toBe('half');
    expect(standardPeriod('2024-02-01', '2024-02-29')?.kind).toBe('month');
    expect(standardPeriod('2026-02-01', '2026-03-31')).toBeNull();
    expect(standardPeriod('2026-01-02', '2026-12-31')).toBeNull();
  });
});
