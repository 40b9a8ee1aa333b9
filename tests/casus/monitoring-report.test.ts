import Papa from 'papaparse';
import readExcelFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { monitoringHeader, monitoringReport, monitoringRows } from '../../shared/casus/monitoring-report';
import type { PgMeasurement } from '../../shared/domain/casus';
import { casusFollowUpDefaults, type CasusFollowUp } from '../../shared/domain/casus-follow-up';
import { casusMatchDefaults, type CasusMatch } from '../../shared/domain/casus-match';
import { csvText } from '../../shared/export/csv-text';
import { xlsxSheet } from '../../shared/export/xlsx-sheet';
import { casus, meta, offer, works } from '../support/network-builders';

const match = (casusId: string, offerId: string, handoverOn: string): CasusMatch => ({ ...casusMatchDefaults, ...meta, id: `m-${casusId}`, casusId, offerId, handoverOn });
const followUp = (casusId: string, dueOn: string, stillParticipating: boolean | null, stopReason: CasusFollowUp['stopReason'] = null): CasusFollowUp => ({ ...casusFollowUpDefaults, ...meta, id: `f-${casusId}-${dueOn}`, casusId, dueOn, doneOn: stillParticipating === null ? null : dueOn, stillParticipating, stopReason });

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
  affiliations: [],
};

describe('the monitoring report (Welzijn op Recept)', () => {
  const report = monitoringReport(input, '2026-01-01', '2026-06-30');

  it('equals the figures worked out by hand', () => {
    expect(report).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      referrals: 4,
      byReferrerType: { huisarts: 2, poh: 1, wmo: 1 },
      byReferrerOrganisation: { onbekend: 4 },
      byNeighbourhood: { onbekend: 4 },
      byMainReason: { eenzaamheid: 2, onbekend: 1, psychisch: 1 },
      byAgeBand: { onbekend: 2, '18-26': 1, '66-75': 1 },
      activityKinds: { bewegen: 1, cultuur: 1, ontmoeting: 1 },
      matched: { count: 2, of: 4, share: 0.5 },
      medianDaysToMatch: 12, // 10 and 14 days
      feedbackToReferrer: { count: 2, of: 4, share: 0.5 },
      stillParticipating3Months: { count: 1, of: 2, share: 0.5 },
      stillParticipating6Months: { count: 0, of: 1, share: 0 },
      // 003 and 004 are reached (their status moved on); 001 took part at 3 months (a yes then); 002 said no.
      reach: { referred: 4, reached: 4, matched: 2, started: 1, after3Months: 1, after6Months: 0 },
      dropOut: [
        { stage: 'niet_bereikt', count: 0, reasons: {} },
        { stage: 'afgezien', count: 0, reasons: {} },
        { stage: 'niet_passend', count: 0, reasons: {} },
        { stage: 'niet_gestart', count: 0, reasons: {} },
        { stage: 'gestopt', count: 0, reasons: {} },
      ],
      pgChange: expect.any(Object) as unknown,
      unmetNeedsByTheme: { natuur: 1 },
    });
  });

  it('exports the same cells to CSV and XLSX, which open again', async () => {
    const rows = monitoringRows(report, (id) => id);
    // Two of four: both the part and the rest are small counts.
    expect(rows).toContainEqual(['Koppeling', 'gekoppeld (%)', 'n < 5']);
    expect(rows).toContainEqual(['Koppeling', 'gekoppeld (aantal)', '< 5']);
    // Ages young to old, as the registration writes them, "onbekend" last.
    expect(rows.filter(([section]) => section === 'Leeftijd').map(([, category]) => category)).toEqual(['18-26 jaar', '66-75 jaar', 'onbekend']);
    const csv = Papa.parse<string[]>(csvText(monitoringHeader, rows).replace(/^\uFEFF/, ''), { delimiter: ';' }).data;
    expect(csv[0]).toEqual([...monitoringHeader]);
    expect(csv.slice(1).map(([section, category, value]) => [section, category, value])).toEqual(rows.map(([section, category, value]) => [section, category, String(value).replace('.', ',')]));
    const buffer = await writeExcelFile(xlsxSheet(monitoringHeader, rows)).toBuffer();
    const [sheet] = await readExcelFile(buffer);
    expect(sheet!.data[0]).toEqual([...monitoringHeader]);
    expect(sheet!.data.slice(1)).toEqual(rows);
  });
});

// A hand-worked outcome set: twelve referrals by one POH who changed practice on 1 March.
const scored = (moment: PgMeasurement['moment'], measuredOn: string, scores: PgMeasurement['scores']): PgMeasurement => ({ moment, measuredOn, scores });
const outcomeMatch = (casusId: string, result: CasusMatch['result']): CasusMatch => ({ ...match(casusId, 'wandelen', '2026-02-10'), result });
const outcomes = {
  casussen: [
    // Started; yes at 3 months (89 days after the handover) and at 6 (181 days).
    casus('c1', { openedOn: '2026-02-01', referrerPersonId: 'poh', neighbourhoodId: 'noord', status: 'lopend', conversationCount: 2, pgScores: [scored('intake', '2026-02-01', { meedoen: 4, zingeving: 5 }), scored('drie_maanden', '2026-05-10', { meedoen: 6, zingeving: 6 }), scored('zes_maanden', '2026-08-10', { meedoen: 7 })] }),
    casus('c2', { openedOn: '2026-02-01', referrerPersonId: 'poh', neighbourhoodId: 'noord', status: 'lopend', conversationCount: 2, pgScores: [scored('intake', '2026-02-01', { meedoen: 3, zingeving: 4 }), scored('drie_maanden', '2026-05-10', { meedoen: 5, zingeving: 4 })] }),
    // Yes at 3 months, stopped by 6 for their health.
    casus('c3', { openedOn: '2026-02-01', referrerPersonId: 'poh', neighbourhoodId: 'noord', status: 'afgerond', conversationCount: 3, pgScores: [scored('intake', '2026-02-01', { meedoen: 5, zingeving: 6 }), scored('drie_maanden', '2026-05-10', { meedoen: 5, zingeving: 7 })] }),
    // Not asked at 3 months, yes at 6: so taking part at 3 too.
    casus('c4', { openedOn: '2026-02-01', referrerPersonId: 'poh', neighbourhoodId: 'noord', status: 'lopend', conversationCount: 2, pgScores: [scored('intake', '2026-02-01', { meedoen: 2 }), scored('drie_maanden', '2026-05-12', { meedoen: 6 })] }),
    // Started, never asked since.
    casus('c5', { openedOn: '2026-02-01', referrerPersonId: 'poh', neighbourhoodId: 'noord', status: 'gekoppeld', conversationCount: 2, pgScores: [scored('intake', '2026-02-01', { meedoen: 6, zingeving: 5 }), scored('drie_maanden', '2026-05-10', { meedoen: 6, zingeving: 5 })] }),
    // Did not start: the activity did not fit.
    casus('c6', { openedOn: '2026-02-01', referrerPersonId: 'poh', neighbourhoodId: 'noord', status: 'zoeken', conversationCount: 2 }),
    casus('c7', { openedOn: '2026-04-01', referrerPersonId: 'poh', neighbourhoodId: 'noord', status: 'niet_bereikt', statusReason: 'onbereikbaar' }),
    casus('c8', { openedOn: '2026-04-01', referrerPersonId: 'poh', neighbourhoodId: 'noord', status: 'niet_bereikt', statusReason: 'verhuisd' }),
    casus('c9', { openedOn: '2026-04-01', referrerPersonId: 'poh', neighbourhoodId: 'zuid', status: 'afgezien', statusReason: 'geen_behoefte', conversationCount: 1 }),
    casus('c10', { openedOn: '2026-04-01', referrerPersonId: 'poh', neighbourhoodId: 'zuid', status: 'niet_passend', statusReason: 'zorgvraag', conversationCount: 1 }),
    // Referred, not yet called: neither reached nor lost.
    casus('c11', { openedOn: '2026-04-01', referrerPersonId: 'poh', neighbourhoodId: 'zuid', status: 'aangemeld' }),
    casus('c12', { openedOn: '2026-04-01', neighbourhoodId: 'zuid', status: 'in_gesprek', conversationCount: 1 }),
  ],
  matches: [outcomeMatch('c1', 'gestart'), outcomeMatch('c2', 'gestart'), outcomeMatch('c3', 'gestopt'), outcomeMatch('c4', 'gestart'), outcomeMatch('c5', 'gestart'), outcomeMatch('c6', 'niet_gestart')],
  followUps: [
    followUp('c1', '2026-05-10', true),
    followUp('c1', '2026-08-10', true),
    followUp('c2', '2026-05-10', true),
    followUp('c3', '2026-05-10', true),
    followUp('c3', '2026-08-10', false, 'gezondheid'),
    followUp('c4', '2026-08-10', true),
    followUp('c6', '2026-02-24', false, 'paste_niet'),
  ],
  offers: [offer('wandelen', 'o', '', 'bewegen', '')],
  affiliations: [
    { ...works('poh', 'praktijk-noord'), since: '2024-05-01', until: '2026-03-01' },
    { ...works('poh', 'praktijk-zuid'), id: 'a-poh-zuid', since: '2026-03-02' },
  ],
};

describe('outcomes in the monitoring report', () => {
  const report = monitoringReport(outcomes, '2026-01-01', '2026-12-31');

  it('counts each referral by the practice its referrer worked at then, and by wijk', () => {
    expect(report.byReferrerOrganisation).toEqual({ 'praktijk-noord': 6, 'praktijk-zuid': 5, onbekend: 1 });
    expect(report.byNeighbourhood).toEqual({ noord: 8, zuid: 4 });
  });

  it('gives the reach funnel worked out by hand', () => {
    // Not reached: c7, c8 (niet bereikt) and c11 (not yet called). Handed over: c1-c6. Started: c1-c5. At 3 months: c1, c2, c3, c4. At 6: c1, c4.
    expect(report.reach).toEqual({ referred: 12, reached: 9, matched: 6, started: 5, after3Months: 4, after6Months: 2 });
  });

  it('counts drop-out once per casus, at its stage, with the reason she recorded', () => {
    expect(report.dropOut).toEqual([
      { stage: 'niet_bereikt', count: 2, reasons: { onbereikbaar: 1, verhuisd: 1 } },
      { stage: 'afgezien', count: 1, reasons: { geen_behoefte: 1 } },
      { stage: 'niet_passend', count: 1, reasons: { zorgvraag: 1 } },
      { stage: 'niet_gestart', count: 1, reasons: { paste_niet: 1 } },
      { stage: 'gestopt', count: 1, reasons: { gezondheid: 1 } },
    ]);
  });

  it('gives the mean Positieve Gezondheid before and after per dimension, over the casussen scored at both', () => {
    const at3 = Object.fromEntries(report.pgChange.drie_maanden.map((change) => [change.dimension, change]));
    // meedoen: 4, 3, 5, 2, 6 at intake (mean 4); 6, 5, 5, 6, 6 at 3 months (mean 5.6).
    expect(at3.meedoen).toEqual({ dimension: 'meedoen', n: 5, before: 4, after: 5.6 });
    // zingeving: c4 was not scored on it.
    expect(at3.zingeving).toEqual({ dimension: 'zingeving', n: 4, before: 5, after: 5.5 });
    expect(at3.lichaamsfuncties).toEqual({ dimension: 'lichaamsfuncties', n: 0, before: null, after: null });
    expect(report.pgChange.zes_maanden.find((change) => change.dimension === 'meedoen')).toEqual({ dimension: 'meedoen', n: 1, before: 4, after: 7 });
  });

  it('shows no count under five as a number, nor a share or a mean that would give one away', () => {
    const rows = monitoringRows(report, (id) => id);
    const cell = (section: string, category: string) => rows.find((row) => row[0] === section && row[1] === category)?.[2];
    // One small count among them (onbekend, 1): the smallest shown one (praktijk-zuid, 5) is hidden beside it.
    expect(cell('Verwijzende organisatie', 'praktijk-noord')).toBe(6);
    expect(cell('Verwijzende organisatie', 'praktijk-zuid')).toBe('verborgen');
    expect(cell('Verwijzende organisatie', 'onbekend')).toBe('< 5');
    // Zuid's 4 would follow from 12 minus noord's 8: noord is hidden too.
    expect(cell('Wijk', 'zuid')).toBe('< 5');
    expect(cell('Wijk', 'noord')).toBe('verborgen');
    expect(cell('Bereik', 'gestart')).toBe(5);
    expect(cell('Bereik', 'doet mee na 3 maanden')).toBe('< 5');
    expect(cell('Uitval: niet bereikt', 'totaal')).toBe('< 5');
    expect(cell('Uitval: niet bereikt', 'verhuisd')).toBe('< 5');
    expect(cell('Koppeling', 'gekoppeld (%)')).toBe(50); // 6 of 12
    expect(cell('Terugkoppeling', 'aan verwijzer (%)')).toBe(0); // 0 of 12: counts no one
    expect(cell('Na 3 maanden', 'doet nog mee (%)')).toBe('n < 5'); // 3 of 3
    expect(cell('Positieve Gezondheid na 3 maanden', 'Meedoen: n')).toBe(5);
    expect(cell('Positieve Gezondheid na 3 maanden', 'Meedoen: intake (gemiddeld)')).toBe(4);
    expect(cell('Positieve Gezondheid na 3 maanden', 'Meedoen: na 3 maanden (gemiddeld)')).toBe(5.6);
    expect(cell('Positieve Gezondheid na 3 maanden', 'Meedoen: verschil')).toBe(1.6);
    expect(cell('Positieve Gezondheid na 3 maanden', 'Zingeving: n')).toBe('< 5');
    expect(cell('Positieve Gezondheid na 3 maanden', 'Zingeving: verschil')).toBe('n < 5');
    expect(cell('Positieve Gezondheid na 6 maanden', 'Meedoen: na 6 maanden (gemiddeld)')).toBe('n < 5');
    // Where counts add up to the referrals, never exactly one is hidden: it would follow from the total.
    for (const section of ['Verwijzer', 'Verwijzende organisatie', 'Wijk', 'Hoofdreden', 'Leeftijd']) {
      expect(rows.filter((row) => row[0] === section && typeof row[2] === 'string').length, section).not.toBe(1);
    }
    // No number from 1 to 4 anywhere in a count column.
    const countCells = rows.filter(([section, category]) => !/\(%\)|gemiddeld|verschil|mediaan|^van$|tot en met/.test(category) && section !== 'Periode');
    expect(countCells.filter(([, , value]) => typeof value === 'number' && value > 0 && value < 5)).toEqual([]);
  });

  it('counts a resident who started and then declined as stopped, and one whose second handover waits as not yet lost', () => {
    const lateDecline = casus('c20', { openedOn: '2026-02-01', status: 'afgezien', statusReason: 'verhuisd', conversationCount: 2 });
    const waiting = casus('c21', { openedOn: '2026-02-01', status: 'gekoppeld', conversationCount: 2 });
    const report = monitoringReport(
      {
        casussen: [lateDecline, waiting],
        matches: [outcomeMatch('c20', 'gestart'), outcomeMatch('c21', 'niet_gestart'), { ...outcomeMatch('c21', null), id: 'm-c21-second' }],
        followUps: [],
        offers: [],
        affiliations: [],
      },
      '2026-01-01',
      '2026-12-31',
    );
    expect(report.dropOut.filter((stage) => stage.count > 0)).toEqual([{ stage: 'gestopt', count: 1, reasons: { verhuisd: 1 } }]);
    expect(report.reach).toMatchObject({ reached: 2, matched: 2, started: 1 });
  });
});
