import type { ReactNode } from 'react';
import { isFreeCost, offerDefaults, pickOfferDetails, timesOfDayByHand, timesOfDayFor, timesOfDayOf, type Offer, type OfferDetails } from '../../../../shared/domain/offer';
import { accessibility, language, offerAccess, timeOfDay } from '../../../../shared/domain/vocabulary';
import { CheckboxGroup, SelectField, TextField } from '../form-fields';
import { codeOptions, termOptions } from '../options';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { SessionsEditor } from './sessions-editor';

type Code<List extends { codes: readonly string[] }> = List['codes'][number];

/** The offer's details as the form holds them: the capacity as typed, and free or not worked out from the cost. */
export type OfferDetailsDraft = Omit<OfferDetails, 'capacity' | 'isFree'> & {
  /** As typed: a capacity in words reaches the API as it is, and comes back with its message. */
  capacity: string;
};

/** The details of an offer to edit, or of a new one (free, open to walk in). */
export function offerDetailsDraft(offer?: Offer): OfferDetailsDraft {
  const { capacity, isFree: _derivedFromCost, ...details } = pickOfferDetails(offer ?? { ...offerDefaults, cost: 'gratis' });
  return { ...details, capacity: capacity === null ? '' : String(capacity) };
}

/** The draft as the API takes it: the dagdelen from the sessions when there are any, free when it costs nothing. */
export function offerDetailsValues(draft: OfferDetailsDraft): OfferDetails {
  const capacity = draft.capacity.trim();
  return {
    ...draft,
    timesOfDay: timesOfDayFor(draft.sessions, draft.timesOfDay),
    isFree: isFreeCost(draft.cost),
    // Not a number stays as typed (cast for the compiler only), so the API names the field instead of the form dropping it.
    capacity: capacity === '' ? null : /^\d+$/.test(capacity) ? Number(capacity) : (capacity as unknown as number),
  };
}

/**
 * The shared fields of an offer, in three parts: when and where, for what
 * and whom, and how to join (cost, access, places, languages, accessibility).
 * `name` prefixes the field names, so a logbook visit's new offer and the
 * offer form never share an id.
 */
export function OfferDetailsFields({ draft, onChange, errors, name = '', headingLevel = 2, extra }: { draft: OfferDetailsDraft; onChange: (draft: OfferDetailsDraft) => void; errors: Record<string, string>; name?: string; headingLevel?: 2 | 3; extra?: { whenWhere?: ReactNode; howToJoin?: ReactNode } }) {
  const { data } = useLoadedNetwork();
  const labels = strings.form.offer;
  const set = <Key extends keyof OfferDetailsDraft>(key: Key) => (value: OfferDetailsDraft[Key]) => onChange({ ...draft, [key]: value });
  const pick = <List extends { codes: readonly string[] }>(list: List) => (values: string[]) => list.codes.filter((code) => values.includes(code)) as Code<List>[];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const derivedTimes = timesOfDayOf(draft.sessions);
  return (
    <>
      <Heading className="form-section">{labels.whenWhere}</Heading>
      <div className="form-grid">
        <SessionsEditor sessions={draft.sessions} onChange={set('sessions')} errors={errors} />
        <TextField name={`${name}schedule`} label={labels.schedule} value={draft.schedule} onChange={set('schedule')} error={errors.schedule} hint={labels.scheduleHint} />
        {!timesOfDayByHand(draft.sessions) ? (
          <p className="field field-wide field-hint">{labels.timesFromSessions(derivedTimes.map((code) => timeOfDay.labels[code]).join(', ') || labels.noTimes)}</p>
        ) : (
          <CheckboxGroup name={`${name}timesOfDay`} label={labels.timesOfDay} values={draft.timesOfDay} onChange={(values) => set('timesOfDay')(pick(timeOfDay)(values))} options={codeOptions(timeOfDay)} error={errors.timesOfDay} />
        )}
        <TextField name={`${name}location`} label={labels.location} value={draft.location} onChange={set('location')} error={errors.location} />
        {extra?.whenWhere}
      </div>
      <Heading className="form-section">{labels.forWhom}</Heading>
      <div className="form-grid">
        <CheckboxGroup name={`${name}themeIds`} label={labels.themes} values={draft.themeIds} onChange={set('themeIds')} options={termOptions(data, 'theme')} error={errors.themeIds} />
        <CheckboxGroup name={`${name}lifeDomainIds`} label={labels.lifeDomains} values={draft.lifeDomainIds} onChange={set('lifeDomainIds')} options={termOptions(data, 'life_domain')} error={errors.lifeDomainIds} />
        <CheckboxGroup name={`${name}pgDimensionIds`} label={labels.pgDimensions} values={draft.pgDimensionIds} onChange={set('pgDimensionIds')} options={termOptions(data, 'pg_dimension')} error={errors.pgDimensionIds} />
        <CheckboxGroup name={`${name}targetGroupIds`} label={labels.targetGroups} values={draft.targetGroupIds} onChange={set('targetGroupIds')} options={termOptions(data, 'target_group')} error={errors.targetGroupIds} />
      </div>
      <Heading className="form-section">{labels.howToJoin}</Heading>
      <div className="form-grid">
        <TextField name={`${name}cost`} label={labels.cost} value={draft.cost} onChange={set('cost')} error={errors.cost} />
        <SelectField name={`${name}access`} label={labels.access} value={draft.access} onChange={(value) => set('access')(offerAccess.codes.find((code) => code === value) ?? 'vrije_inloop')} options={codeOptions(offerAccess)} />
        <TextField name={`${name}capacity`} label={labels.capacity} value={draft.capacity} onChange={set('capacity')} error={errors.capacity} hint={labels.capacityHint} />
        <div className="field field-check">
          <label className="checkbox">
            <input type="checkbox" name={`${name}hasWaitingList`} checked={draft.hasWaitingList} onChange={(event) => set('hasWaitingList')(event.target.checked)} /> {labels.waitingList}
          </label>
        </div>
        <CheckboxGroup name={`${name}languages`} label={labels.languages} values={draft.languages} onChange={(values) => set('languages')(pick(language)(values))} options={codeOptions(language)} error={errors.languages} />
        <div className="field field-wide field-check">
          <label className="checkbox">
            <input type="checkbox" name={`${name}forLanguageLearners`} checked={draft.forLanguageLearners} onChange={(event) => set('forLanguageLearners')(event.target.checked)} /> {labels.forLanguageLearners}
          </label>
        </div>
        <CheckboxGroup name={`${name}accessibility`} label={labels.accessibility} values={draft.accessibility} onChange={(values) => set('accessibility')(pick(accessibility)(values))} options={codeOptions(accessibility)} error={errors.accessibility} />
        {extra?.howToJoin}
      </div>
    </>
  );
}
