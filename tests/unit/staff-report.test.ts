import { describe, expect, test } from 'vitest';
import { csvCell } from '../../src/features/staff/model/report-csv';
import { buildReport, defaultPeriod, parsePeriod, suppress } from '../../src/features/staff/model/report';

const TODAY = '2026-12-03';
const period = (query: string) => parsePeriod(new URLSearchParams(query), TODAY);

describe('the report period', () => {
  test('without dates: the last twelve months up to today', () => {
    expect(period('')).toEqual({ ok: true, period: { from: '2025-12-04', to: TODAY } });
    expect(defaultPeriod('2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  test('dates as YYYY-MM-DD or as a person types them', () => {
    expect(period('from=2026-01-01&to=2026-06-30')).toEqual({
      ok: true,
      period: { from: '2026-01-01', to: '2026-06-30' },
    });
    expect(period('from=1/1/2026&to=30-06-2026')).toEqual({
      ok: true,
      period: { from: '2026-01-01', to: '2026-06-30' },
    });
    expect(period('from=2026-06-30&to=2026-06-30').ok).toBe(true);
  });

  test('a date that does not exist, the wrong order, over five years: the field and its key', () => {
    expect(period('from=2026-02-30')).toMatchObject({ ok: false, field: 'from', key: 'report.period.fromInvalid' });
    expect(period('to=soon')).toMatchObject({ ok: false, field: 'to', key: 'report.period.toInvalid' });
    expect(period('from=2026-07-01&to=2026-06-30')).toMatchObject({ ok: false, key: 'report.period.order' });
    expect(period('from=2020-01-01&to=2026-01-02')).toMatchObject({ ok: false, key: 'report.period.tooLong' });
    expect(period('from=2021-01-01&to=2026-01-01').ok).toBe(true);
    const bad = period(`from=${'9'.repeat(100)}`);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.period).toEqual(defaultPeriod(TODAY));
  });
});

describe('suppression', () => {
  test('counts from 1 to 4 become null and mark the cell; 0 and 5 or more stay', () => {
    expect(suppress({ total: 7, neverLoggedIn: 2, helpOrProxy: 0, contested: 5 })).toEqual({
      total: 7,
      neverLoggedIn: null,
      helpOrProxy: 0,
      contested: 5,
      suppressed: true,
    });
    expect(suppress({ total: 5, neverLoggedIn: 5, helpOrProxy: 0, contested: 0 }).suppressed).toBe(false);
    expect(suppress({ total: 4, neverLoggedIn: 0, helpOrProxy: 0, contested: 0 }).total).toBeNull();
  });

  test('sums are made from the full counts, before suppression', () => {
    const report = buildReport({ from: TODAY, to: TODAY }, [
      { municipality: 'Lier', ground: 'no-reaction', total: 3, neverLoggedIn: 3, helpOrProxy: 0, contested: 0 },
      { municipality: 'Geel', ground: 'no-reaction', total: 3, neverLoggedIn: 0, helpOrProxy: 1, contested: 0 },
    ]);
    expect(report.all).toEqual({ total: 6, neverLoggedIn: 3, helpOrProxy: 1, contested: 0 });
    expect(report.municipalities.map((m) => m.municipality)).toEqual(['Geel', 'Lier']);
    expect(report.grounds).toHaveLength(5);
    expect(suppress(report.all).total).toBe(6);
  });
});

describe('CSV cells', () => {
  test('a formula becomes text; separators and quotes are quoted', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+32')).toBe("'+32");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Sint-Katelijne-Waver')).toBe('Sint-Katelijne-Waver');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(12)).toBe('12');
  });
});
