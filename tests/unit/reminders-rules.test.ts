import { describe, expect, it } from 'vitest';
import { deepLinkHash, hashQuery, linkQueryFor } from '../../shared/navigation/deep-links';
import { previousQuarter, quarterOf } from '../../shared/reminders/quarters';
import { reportDeadlines } from '../../shared/report/readiness/report-deadlines';

describe('quarters', () => {
  it('knows a date’s quarter and the one before, across the new year', () => {
    expect(quarterOf('2025-02-28')).toEqual({ year: 2025, quarter: 1, start: '2025-01-01', end: '2025-03-31' });
    expect(quarterOf('2025-12-31')).toEqual({ year: 2025, quarter: 4, start: '2025-10-01', end: '2025-12-31' });
    expect(previousQuarter(quarterOf('2025-01-05'))).toEqual({ year: 2024, quarter: 4, start: '2024-10-01', end: '2024-12-31' });
  });
});

describe('report deadlines', () => {
  it('counts down from 1 December, and goes negative once a date has passed', () => {
    expect(reportDeadlines(2024, '2024-11-30')).toMatchObject({ countingDown: false });
    expect(reportDeadlines(2024, '2024-12-01')).toMatchObject({ countingDown: true, daysToSubmit: 90, daysToPublish: 121 });
    expect(reportDeadlines(2024, '2025-03-02')).toMatchObject({ countingDown: true, daysToSubmit: -1, daysToPublish: 30 });
  });
});

describe('deep links', () => {
  it('round-trips the query of each kind of link', () => {
    expect(deepLinkHash({ to: 'ledger', year: 2024, category: '普法 宣传&教育', evidence: 'missing' })).toBe('#/ledger?year=2024&category=%E6%99%AE%E6%B3%95%20%E5%AE%A3%E4%BC%A0%26%E6%95%99%E8%82%B2&evidence=missing');
    expect(hashQuery(deepLinkHash({ to: 'ledger', year: 2024, category: '普法 宣传&教育' }))).toEqual({ year: '2024', category: '普法 宣传&教育' });
    expect(hashQuery('#/report?year=2024&narrative=plans')).toEqual({ year: '2024', narrative: 'plans' });
    expect(hashQuery('#/ledger')).toEqual({});
    expect(hashQuery('#/ledger?entry=%E0%A4%A&x')).toEqual({ entry: '%E0%A4%A' });
  });

  it('gives a page only the links to it, so the ledger never takes a link to the 年报 page', () => {
    const toTemplates = deepLinkHash({ to: 'templates', year: 2025 });
    expect(linkQueryFor('report', toTemplates)).toEqual({ year: '2025', open: 'templates' });
    expect(linkQueryFor('ledger', toTemplates)).toEqual({});
    expect(linkQueryFor('ledger', '#/ledger?year=2025')).toEqual({ year: '2025' });
    expect(linkQueryFor('ledger', 'ledger?year=2025')).toEqual({ year: '2025' });
    expect(linkQueryFor('report', '#/ledger?year=2025')).toEqual({});
    expect(linkQueryFor('report', '#/reports?year=2025')).toEqual({});
  });
});
