import type { StaffSession } from '../../auth/index';
import { audit, staffActor } from '../../../platform/db/audit';
import { buildReport, suppress, type Period, type PublicCounts, type Report } from '../model/report';
import type { StrikeOffGround } from '../model/grounds';
import { allReportCells, companyReportCells } from '../store/report-store';

/** The staff member's own company's report, audited (`staff.report.view` or `staff.report.export`). */
export async function companyReport(staff: StaffSession, period: Period, use: 'view' | 'export'): Promise<Report> {
  const report = buildReport(period, await companyReportCells(staff.company, period));
  await audit(staffActor(staff.staffId), null, use === 'view' ? 'staff.report.view' : 'staff.report.export');
  return report;
}

export interface PublicReport {
  period: Period;
  suppressUnder: number;
  all: PublicCounts;
  municipalities: (PublicCounts & { municipality: string })[];
  grounds: (PublicCounts & { ground: StrikeOffGround })[];
  cells: (PublicCounts & { municipality: string; ground: StrikeOffGround })[];
}

/** Every company's report for publication: counts only, those under 5 suppressed. */
export async function publicReport(period: Period, suppressUnder: number): Promise<PublicReport> {
  const report = buildReport(period, await allReportCells(period));
  return {
    period,
    suppressUnder,
    all: suppress(report.all),
    municipalities: report.municipalities.map(({ municipality, ...counts }) => ({ municipality, ...suppress(counts) })),
    grounds: report.grounds.map(({ ground, ...counts }) => ({ ground, ...suppress(counts) })),
    cells: report.cells.map(({ municipality, ground, ...counts }) => ({ municipality, ground, ...suppress(counts) })),
  };
}
