import Papa from 'papaparse';
import readExcelFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { monitoringHeader, monitoringReport, monitoringRows } from '../../shared/casus/monitoring-report';
import { casusFollowUpDefaults, type CasusFollowUp } from '../../shared/domain/casus-follow-up';
import { casusMatchDefaults, type CasusMatch } from '../../shared/domain/casus-match';
import { csvText } from '../../shared/export/csv-text';
import { xlsxSheet } from '../../shared/export/xlsx-sheet';
import { casus, meta, offer } from '../support/network-builders';

const match = (casusId: string, offerId: string, handoverOn: string): CasusMatch => ({ ...casusMatchDefaults, ...meta, id: `m-${casusId}`, casusId, offerId, handoverOn });
const followUp = (casusId: string, dueOn: string, stillParticipating: boolean | null): CasusFollowUp => ({ ...casusFollowUpDefaults, ...meta, id: `f-${casusId}-${dueOn}`, casusId, dueOn, doneOn: stillParticipating === null ? null : dueOn, stillParticipating });

// Six referrals, four of them in the first half of 2026; the right figures are worked out by hand below.
const input = {
  casussen: [
    casus('C-2026-001', { openedOn: '2026-01-10', referrerTypeId: 'huisarts', mainReasonId: 'eenzaamheid', ageBand: '66-75', status: 'lopend', feedbackOn: '2026-01-25' }),
    casus('C-2026-002', { openedOn: '2026-02-01', referrerTypeId: 'poh', mainReasonId: 'psychisch', ageBand: '18-26', status: 'gekoppeld' }),
    casus('C-2026-003', { openedOn: '2026-03-01', referrerTypeId: 'huisarts', mainReasonId: 'eenzaamheid', status: 'geen_passend_aanbod', needIds: ['natuur'], feedbackOn: '2026-03-20' }),
    casus('C-2026-004', { openedOn: '2026-05-05', referrerTypeId: 'wmo', status: 'zoeken' }),
    casus('C-2025-099', { openedOn: '2025-12-31', referrerTypeId: 'huisarts', status: 'afgerond' }),
    casus('C-2026-005', { openedOn: '2026-04-01', referrerTypeId: 'huisarts', archivedAt: '2026-04-02T00:00:00.000Z' }),
  ],
  matches: [match('C-2026-001', 'wandelen', '2026-01-20'), match('C-2026-002', 'koor', '2026-02-15'), match('C-2025-099', 'wandelen', '2026-01-05')],
  followUps: [
    followUp('C-2026-001', '2026-04-20', true), // 90 days after the handover: the 3-month question
    followUp('C-2026-001', '2026-07-20', false), // 181 days: the 6-month question
    followUp('C-2026-002', '2026-05-15', false), // 89 days
    followUp('C-2026-002', '2026-08-15', null), // not asked yet: not counted
  ],
  offers: [offer('wandelen', 'o', '', 'bewegen', ''), offer('koor', 'o', '', 'cultuur', '', { themeIds: ['cultuur', 'ontmoeting'] })],
};

describe('the monitoring report (Welzijn op Recept)', () => {
  const report = monitoringReport(input, '2026-01-01', '2026-06-30');

  it('equals the figures worked out by hand', () => {
    expect(report).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      referrals: 4,
      byReferrerType: { huisarts: 2, poh: 1, wmo: 1 },
      byMainReason: { eenzaamheid: 2, onbekend: 1, psychisch: 1 },
      byAgeBand: { onbekend: 2, '18-26': 1, '66-75': 1 },
      activityKinds: { bewegen: 1, cultuur: 1, ontmoeting: 1 },
      matched: { count: 2, of: 4, share: 0.5 },
      medianDaysToMatch: 12, // 10 and 14 days
      feedbackToReferrer: { count: 2, of: 4, share: 0.5 },
      stillParticipating3Months: { count: 1, of: 2, share: 0.5 },
      stillParticipating6Months: { count: 0, of: 1, share: 0 },
      unmetNeedsByTheme: { natuur: 1 },
    });
  });

  it('exports the same numbers to CSV and XLSX, which open again', async () => {
    const rows = monitoringRows(report, (id) => id);
    expect(rows).toContainEqual(['Koppeling', 'gekoppeld (%)', 50]);
    expect(rows).toContainEqual(['Na 3 maanden', 'doet nog mee (%)', 50]);
    const csv = Papa.parse<string[]>(csvText(monitoringHeader, rows).replace(/^\uFEFF/, ''), { delimiter: ';' }).data;
    expect(csv[0]).toEqual([...monitoringHeader]);
    expect(csv.slice(1).map(([section, category, value]) => [section, category, value])).toEqual(rows.map(([section, category, value]) => [section, category, String(value).replace('.', ',')]));
    const buffer = await writeExcelFile(xlsxSheet(monitoringHeader, rows)).toBuffer();
    const [sheet] = await readExcelFile(buffer);
    expect(sheet!.data[0]).toEqual([...monitoringHeader]);
    expect(sheet!.data.slice(1)).toEqual(rows);
  });
});
