import { useEffect, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { nextCasusCode } from '../../../../shared/casus/next-casus-code';
import { personalDataWarnings, type PersonalDataWarning } from '../../../../shared/casus/personal-data-warnings';
import { localToday } from '../../clock';
import { isDropOutStatus, statusChange, type Casus } from '../../../../shared/domain/casus';
import { accessibility, ageBand, casusStatus, dropOutReason, dropOutReasonsAt, gender, language, practicalBarrier, timeOfDay } from '../../../../shared/domain/vocabulary';
import type { TaxonomyKind } from '../../../../shared/taxonomies/taxonomy';
import { CheckboxGroup, DateField, SelectField, TextArea, TextField } from '../../components/form-fields';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { FormActions } from '../../components/form-actions';
import { FormSummary } from '../../components/form-summary';
import { codeOptions, personWithRoles, termOptions, neighbourhoodOptions } from '../../components/options';
import { RecordPicker } from '../../components/record-picker';
import { useSaveForm } from '../../state/use-save-form';

const labels = strings.casus.form;
const needTaxonomies: readonly (readonly [TaxonomyKind, string])[] = [
  ['theme', labels.needThemes],
  ['life_domain', labels.needLifeDomains],
  ['pg_dimension', labels.needPgDimensions],
];
const peopleOnly = ['person'] as const;

/**
 * A new or changed casus. Before saving, the free text is checked for what
 * would identify the resident (a name, a phone number, an email address, a
 * BSN, a birth date); the broker removes it or saves knowingly.
 */
export function CasusForm({ casussen, existing }: { casussen: readonly Casus[]; existing?: Casus }) {
  const { api, data, index } = useLoadedNetwork();
  const [fields, setFields] = useState({
    code: existing?.code ?? nextCasusCode(casussen.map((casus) => casus.code), localToday()),
    openedOn: existing?.openedOn ?? localToday(),
    referrerPersonId: existing?.referrerPersonId ?? '',
    referrerTypeId: existing?.referrerTypeId ?? '',
    ageBand: existing?.ageBand ?? '',
    neighbourhoodId: existing?.neighbourhoodId ?? '',
    mainReasonId: existing?.mainReasonId ?? '',
    question: existing?.question ?? '',
    wishesAndTalents: existing?.wishesAndTalents ?? '',
    conversationCount: String(existing?.conversationCount ?? 0),
    status: existing?.status ?? 'aangemeld',
    unmetNeedReason: existing?.unmetNeedReason ?? '',
    statusReason: existing?.statusReason ?? '',
    gender: existing?.gender ?? '',
  });
  const [lists, setLists] = useState({ needIds: existing?.needIds ?? [], barriers: existing?.barriers ?? [], languages: existing?.languages ?? [], accessibilityNeeds: existing?.accessibilityNeeds ?? [], availability: existing?.availability ?? [] });
  const [warnings, setWarnings] = useState<PersonalDataWarning[]>([]);
  const set = (field: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [field]: value }));
  const setList = (field: keyof typeof lists) => (values: string[]) => setLists((current) => ({ ...current, [field]: values }));
  const knownWords = useMemo(() => [...data.organisations.map((organisation) => organisation.name), ...data.neighbourhoods.map((neighbourhood) => neighbourhood.name), ...data.offers.map((offer) => offer.title)], [data]);

  const values = () => ({
    code: fields.code,
    openedOn: fields.openedOn,
    referrerPersonId: fields.referrerPersonId || null,
    referrerTypeId: fields.referrerTypeId,
    ageBand: (fields.ageBand || null) as Casus['ageBand'],
    neighbourhoodId: fields.neighbourhoodId || null,
    mainReasonId: fields.mainReasonId || null,
    needIds: lists.needIds,
    question: fields.question,
    wishesAndTalents: fields.wishesAndTalents,
    barriers: lists.barriers,
    gender: gender.codes.find((code) => code === fields.gender) ?? null,
    languages: lists.languages,
    accessibilityNeeds: lists.accessibilityNeeds,
    availability: lists.availability,
    conversationCount: Number(fields.conversationCount),
    // The reason only with a status that asks for it, and the closing date as the casus page sets it.
    ...statusChange({ closedOn: existing?.closedOn ?? null }, fields.status, dropOutReason.codes.find((code) => code === fields.statusReason) ?? null, localToday()),
    unmetNeedReason: fields.unmetNeedReason,
  });
  const { errors, summary, saving, submit, checkRequired } = useSaveForm({
    required: {
      code: { value: fields.code, label: labels.code },
      openedOn: { value: fields.openedOn, label: labels.openedOn },
      referrerTypeId: { value: fields.referrerTypeId, label: labels.referrerType },
      ...(isDropOutStatus(fields.status) ? { statusReason: { value: fields.statusReason, label: labels.statusReason } } : {}),
    },
    save: async () => {
      return existing ? api.casus.update({ id: existing.id, patch: values() }) : api.casus.create(values());
    },
    savedMessage: (casus) => labels.saved(casus.code),
    afterSave: (casus) => href('casussen', casus.id),
  });

  // Every problem at once (an empty code and a name in the text), the first of them in view.
  const check = (event: SyntheticEvent) => {
    event.preventDefault();
    const complete = checkRequired();
    const found = personalDataWarnings([fields.question, fields.wishesAndTalents, fields.unmetNeedReason].join('\n'), { today: localToday(), knownWords });
    if (found.length > 0 && warnings.length === 0) {
      setWarnings(found);
      return;
    }
    if (!complete) return;
    setWarnings([]);
    void submit(event);
  };
  const warningRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The summary above takes the focus when there is one; otherwise the warning does, so it is never out of view.
    if (warnings.length > 0 && !summary) warningRef.current?.focus();
  }, [warnings, summary]);

  return (
    <form className="record-form" onSubmit={check} noValidate aria-labelledby="form-title">
      <h1 id="form-title">{existing ? labels.editTitle(existing.code) : labels.createTitle}</h1>
      <FormSummary summary={summary} errors={errors} labels={labels} />
      {warnings.length > 0 && (
        <div className="privacy-warning" role="alert" tabIndex={-1} ref={warningRef}>
          <h2>{labels.privacyTitle}</h2>
          <ul>
            {warnings.map((warning) => (
              <li key={`${warning.kind}-${warning.found}`}>{warning.message}</li>
            ))}
          </ul>
          <p>{labels.privacyText}</p>
          <button type="submit" className="button-secondary">
            {labels.saveAnyway}
          </button>
        </div>
      )}
      <div className="form-grid">
        <TextField name="code" label={labels.code} value={fields.code} onChange={set('code')} error={errors.code} hint={labels.codeHint} required />
        <DateField name="openedOn" label={labels.openedOn} value={fields.openedOn} onChange={set('openedOn')} error={errors.openedOn} required />
        <SelectField name="referrerTypeId" label={labels.referrerType} value={fields.referrerTypeId} onChange={set('referrerTypeId')} options={termOptions(data, 'referrer_type')} placeholder={strings.form.choose} error={errors.referrerTypeId} required />
        {fields.referrerPersonId ? (
          <div className="field referrer-field">
            <span className="field-label" id="referrer-label">
              {labels.referrerPerson}
            </span>
            <ul className="chips" aria-labelledby="referrer-label">
              <li className="chip">
                {personWithRoles(fields.referrerPersonId, index)}
                <button type="button" className="chip-remove" onClick={() => set('referrerPersonId')('')} aria-label={labels.removeReferrer(index.person.get(fields.referrerPersonId)?.name ?? '')}>
                  ×
                </button>
              </li>
            </ul>
          </div>
        ) : (
          <RecordPicker label={labels.referrerPerson} hint={labels.referrerHint} kinds={peopleOnly} onPick={(person) => set('referrerPersonId')(person.id)} error={errors.referrerPersonId} />
        )}
        <SelectField name="ageBand" label={labels.ageBand} value={fields.ageBand} onChange={set('ageBand')} options={codeOptions(ageBand)} placeholder={strings.form.none} error={errors.ageBand} />
        <SelectField name="neighbourhoodId" label={labels.neighbourhood} value={fields.neighbourhoodId} onChange={set('neighbourhoodId')} options={neighbourhoodOptions(data)} placeholder={strings.form.none} error={errors.neighbourhoodId} />
        <SelectField name="mainReasonId" label={labels.mainReason} value={fields.mainReasonId} onChange={set('mainReasonId')} options={termOptions(data, 'main_reason')} placeholder={strings.form.none} error={errors.mainReasonId} />
        <SelectField
          name="status"
          label={labels.status}
          value={fields.status}
          // Another status asks for its own reason: the one chosen for the last may not fit it.
          onChange={(status) => setFields((current) => ({ ...current, status: status as Casus['status'], statusReason: '' }))}
          options={codeOptions(casusStatus)}
          error={errors.status}
        />
        <TextArea name="question" label={labels.question} value={fields.question} onChange={set('question')} error={errors.question} hint={labels.questionHint} />
        <TextArea name="wishesAndTalents" label={labels.wishesAndTalents} value={fields.wishesAndTalents} onChange={set('wishesAndTalents')} error={errors.wishesAndTalents} />
        {isDropOutStatus(fields.status) && (
          <SelectField
            name="statusReason"
            label={labels.statusReason}
            required
            value={fields.statusReason}
            onChange={set('statusReason')}
            placeholder={strings.casus.detail.chooseReason}
            options={codeOptions(dropOutReason, dropOutReasonsAt[fields.status])}
            error={errors.statusReason}
          />
        )}
        {fields.status === 'geen_passend_aanbod' && <TextArea name="unmetNeedReason" label={labels.unmetNeedReason} value={fields.unmetNeedReason} onChange={set('unmetNeedReason')} error={errors.unmetNeedReason} />}
        <TextField name="conversationCount" type="number" label={labels.conversationCount} value={fields.conversationCount} onChange={set('conversationCount')} error={errors.conversationCount} />
        <SelectField name="gender" label={labels.gender} value={fields.gender} onChange={set('gender')} options={codeOptions(gender)} placeholder={labels.genderNotAsked} error={errors.gender} />
        {/* One list of needs in three parts, so "zingeving" as a life domain and as a dimension of Positieve Gezondheid are told apart. */}
        <fieldset className="field field-wide needs-groups">
          <legend>{labels.needs}</legend>
          {needTaxonomies.map(([taxonomy, title]) => (
            <CheckboxGroup
              key={taxonomy}
              name={`needIds-${taxonomy}`}
              label={title}
              values={lists.needIds}
              onChange={(chosen) => setList('needIds')(chosen)}
              options={termOptions(data, taxonomy)}
              error={taxonomy === 'theme' ? errors.needIds : undefined}
            />
          ))}
        </fieldset>
        <CheckboxGroup name="barriers" label={labels.barriers} values={lists.barriers} onChange={setList('barriers')} options={codeOptions(practicalBarrier)} error={errors.barriers} />
        <CheckboxGroup name="languages" label={labels.languages} values={lists.languages} onChange={setList('languages')} options={codeOptions(language)} error={errors.languages} />
        <CheckboxGroup name="availability" label={labels.availability} values={lists.availability} onChange={setList('availability')} options={codeOptions(timeOfDay)} error={errors.availability} />
        <CheckboxGroup name="accessibilityNeeds" label={labels.accessibilityNeeds} values={lists.accessibilityNeeds} onChange={setList('accessibilityNeeds')} options={codeOptions(accessibility)} error={errors.accessibilityNeeds} />
      </div>
      <FormActions saving={saving} cancelHref={existing ? href('casussen', existing.id) : href('casussen')} />
    </form>
  );
}
