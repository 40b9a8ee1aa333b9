import { useMemo, useState } from 'react';
import { inviteesByFilter, type InviteeFilter } from '../../../../shared/analysis/meeting-invitees';
import { notAnsweredYet, repliesPerAddressee, type Request, type RequestReply } from '../../../../shared/domain/request';
import { preferredPhone } from '../../../../shared/domain/person';
import { localToday } from '../../clock';
import { InviteeFilterBar } from '../../components/invitee-filter-bar';
import { useCopyText } from '../../components/phone-number';
import { DateField, SelectField, TextArea, TextField } from '../../components/form-fields';
import { href, navigate, type Route } from '../../routing/use-route';
import { useLoadedNetwork, type NetworkIndex } from '../../state/network-data';
import { personWithOrganisation } from '../../state/person-label';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';
import { formatDate } from '../../strings/dutch';

const text = strings.requests;

/** The API's refusal on the form's fields (`answer`, `personId`), and its message for the form as a whole. */
function errorsByField(error: { message: string; fields?: Record<string, string> | undefined }): Record<string, string> {
  return { ...Object.fromEntries(Object.entries(error.fields ?? {}).map(([path, message]) => [path.split('.')[0] ?? path, message])), form: error.message };
}

/** `#/uitvragen`, `#/uitvragen/nieuw` and `#/uitvragen/ID`. */
export function RequestsScreen({ route }: { route: Route }) {
  const [, second] = route.parts;
  if (second === 'nieuw') return <NewRequest />;
  if (second) return <RequestDetail id={second} />;
  return <RequestList />;
}

/** Who an addressee is: a person's name (and organisation), or an organisation's. */
function addresseeName(index: NetworkIndex, kind: 'person' | 'organisation', id: string): string {
  return kind === 'organisation' ? (index.organisation.get(id)?.name ?? '?') : personWithOrganisation(index, id);
}

/** What a reply became, in words: the offer by its title, a tie, a casus (never its code: casus data is read only on request). */
function becameLabels(index: NetworkIndex, reply: RequestReply): string[] {
  const labels = text.detail.became;
  const offer = reply.offerId ? index.offer.get(reply.offerId) : undefined;
  return [...(reply.offerId ? [labels.offer(offer?.title ?? '')] : []), ...(reply.tieId ? [labels.tie] : []), ...(reply.casusMatchId ? [labels.casusMatch] : [])];
}

function RequestList() {
  const { data } = useLoadedNetwork();
  const active = data.requests.filter((request) => request.archivedAt === null).sort((left, right) => right.askedOn.localeCompare(left.askedOn));
  const group = (title: string, requests: readonly Request[]) => (
    <section className="card meeting-group" aria-label={title}>
      <h2>
        {title} <span className="count">{requests.length}</span>
      </h2>
      {requests.length === 0 ? (
        <p className="empty-note">{text.none}</p>
      ) : (
        <ul className="plain-list">
          {requests.map((request) => {
            const replies = data.requestReplies.filter((reply) => reply.requestId === request.id && reply.archivedAt === null);
            const waiting = notAnsweredYet(request, replies, data.affiliations);
            const asked = request.personIds.length + request.organisationIds.length;
            return (
              <li key={request.id}>
                <a href={href('uitvragen', request.id)}>{request.question}</a>{' '}
                <span className="muted">
                  · {formatDate(request.askedOn)} · {text.answers(asked - waiting.personIds.length - waiting.organisationIds.length, asked)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
  return (
    <div className="requests">
      <div className="page-header">
        <h1>{text.title}</h1>
        <a className="button" href={href('uitvragen', 'nieuw')}>
          {text.create}
        </a>
      </div>
      <p className="muted">{text.intro}</p>
      <div className="meeting-groups">
        {group(text.open, active.filter((request) => request.closedOn === null))}
        {group(text.closed, active.filter((request) => request.closedOn !== null))}
      </div>
    </div>
  );
}

/** A question put out: what, where, and to whom (chosen by filter: the person known best at each organisation). */
function NewRequest() {
  const { api, data } = useLoadedNetwork();
  const act = useUndoableAction();
  const labels = text.form;
  const [question, setQuestion] = useState('');
  const [askedOn, setAskedOn] = useState(localToday());
  const [filter, setFilter] = useState<InviteeFilter>({ neighbourhoodId: '', kindId: '', themeId: '', targetGroupId: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const chosen = useMemo(() => (filter.neighbourhoodId || filter.kindId || filter.themeId || filter.targetGroupId ? inviteesByFilter(data, filter, localToday()) : []), [data, filter]);
  const save = async () => {
    if (chosen.length === 0) return setErrors({ to: labels.nobody });
    const result = await api.request.create({
      question,
      askedOn,
      neighbourhoodId: filter.neighbourhoodId || null,
      themeId: filter.themeId || null,
      personIds: chosen.flatMap((invitee) => (invitee.personId ? [invitee.personId] : [])),
      organisationIds: chosen.flatMap((invitee) => (invitee.personId ? [] : [invitee.organisationId])),
    });
    if (!result.ok) return setErrors(errorsByField(result.error));
    await act(Promise.resolve(result), labels.saved);
    navigate(href('uitvragen', result.value.id));
  };
  return (
    <form
      className="record-form"
      aria-labelledby="request-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h1 id="request-form-title">{labels.title}</h1>
      <div className="form-grid">
        <TextArea name="question" label={labels.question} value={question} onChange={setQuestion} error={errors.question} hint={labels.questionHint} />
        <DateField name="askedOn" label={labels.askedOn} value={askedOn} onChange={setAskedOn} error={errors.askedOn} />
      </div>
      <fieldset className="proposal-list">
        <legend>{labels.to}</legend>
        <p className="muted">{labels.toIntro}</p>
        <InviteeFilterBar id="request" filter={filter} onChange={setFilter} />
        <p role="status">{labels.chosen(chosen.length)}</p>
        {errors.to && <p className="field-error">{errors.to}</p>}
      </fieldset>
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button">
          {labels.save}
        </button>
        <a className="button-secondary" href={href('uitvragen')}>
          {strings.form.cancel}
        </a>
      </div>
    </form>
  );
}

function RequestDetail({ id }: { id: string }) {
  const { api, data, index } = useLoadedNetwork();
  const copyText = useCopyText();
  const act = useUndoableAction();
  const request = data.requests.find((candidate) => candidate.id === id);
  if (!request) return <p className="load-error">{text.detail.notFound}</p>;
  const labels = text.detail;
  const replies = data.requestReplies.filter((reply) => reply.requestId === request.id && reply.archivedAt === null);
  const message = labels.message(request.question);
  const answered = repliesPerAddressee(request, replies, data.affiliations);
  // One list of partners: those still to answer first, then by name.
  const addressees = [
    ...request.personIds.map((personId) => ({ kind: 'person' as const, id: personId, answers: answered.persons.get(personId) ?? [] })),
    ...request.organisationIds.map((organisationId) => ({ kind: 'organisation' as const, id: organisationId, answers: answered.organisations.get(organisationId) ?? [] })),
  ]
    .map((addressee) => ({ ...addressee, name: addresseeName(index, addressee.kind, addressee.id) }))
    .sort((left, right) => Number(left.answers.length > 0) - Number(right.answers.length > 0) || left.name.localeCompare(right.name, 'nl'));
  const waitingCount = addressees.filter((addressee) => addressee.answers.length === 0).length;
  const contactOf = (addressee: (typeof addressees)[number]) => {
    if (addressee.kind === 'organisation') {
      const organisation = index.organisation.get(addressee.id);
      return { phone: organisation?.phone ?? null, email: organisation?.email ?? null };
    }
    const person = index.person.get(addressee.id);
    return { phone: (person ? preferredPhone(person) : undefined)?.number ?? null, email: person?.email ?? null };
  };
  const copy = () => copyText(message, labels.copied);
  return (
    <div className="meeting-detail request-detail">
      <a className="back-link" href={href('uitvragen')}>
        ← {labels.back}
      </a>
      <div className="detail-header">
        <div>
          <h1>{request.question}</h1>
          <p className="eyebrow">
            {formatDate(request.askedOn)}
            {request.neighbourhoodId && ` · ${index.neighbourhood.get(request.neighbourhoodId)?.name ?? ''}`}
            {request.closedOn && ` · ${labels.closedOn(formatDate(request.closedOn))}`}
          </p>
        </div>
        <div className="actions">
          {request.closedOn === null ? (
            <button type="button" className="button-secondary" onClick={() => void act(api.request.update({ id: request.id, patch: { closedOn: localToday() } }), labels.closedMessage)}>
              {labels.close}
            </button>
          ) : (
            <button type="button" className="button-secondary" onClick={() => void act(api.request.update({ id: request.id, patch: { closedOn: null } }), labels.reopened)}>
              {labels.reopen}
            </button>
          )}
        </div>
      </div>
      <section className="card" aria-labelledby="group-text-title">
        <h2 id="group-text-title">{labels.groupText}</h2>
        <p className="description">{message}</p>
        <button type="button" className="button-secondary button-small" onClick={() => void copy()}>
          {labels.copy}
        </button>
      </section>
      <section className="card" aria-labelledby="partners-title">
        <h2 id="partners-title">
          {labels.partners} <span className="count">{addressees.length}</span>
        </h2>
        <p className="muted">{waitingCount === 0 ? labels.everyoneAnswered : labels.waiting(waitingCount)}</p>
        <ul className="people-list partner-status">
          {addressees.map((addressee) => {
            const { phone, email } = contactOf(addressee);
            const [firstAnswer] = addressee.answers;
            return (
              <li key={`${addressee.kind}:${addressee.id}`}>
                <span>{addressee.name}</span>
                {firstAnswer ? <span className="badge badge-planned">{labels.answered(formatDate(firstAnswer.answeredOn))}</span> : <span className="badge badge-waiting">{labels.noAnswer}</span>}
                {addressee.answers.flatMap((reply) => becameLabels(index, reply)).map((became) => (
                  <span key={became} className="muted">
                    {became}
                  </span>
                ))}
                <span className="actions">
                  {phone && (
                    <a href={`https://wa.me/${phone.replace('+', '')}?text=${encodeURIComponent(message)}`} rel="noreferrer" aria-label={labels.whatsapp(addressee.name)}>
                      WhatsApp
                    </a>
                  )}
                  {email && (
                    <a href={`mailto:${email}?subject=${encodeURIComponent(labels.subject)}&body=${encodeURIComponent(message)}`} aria-label={labels.mail(addressee.name)}>
                      E-mail
                    </a>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <ReplyForm key={replies.length} request={request} addressees={addressees} />
      <section className="card" aria-labelledby="replies-title">
        <h2 id="replies-title">
          {labels.replies} <span className="count">{replies.length}</span>
        </h2>
        {replies.length === 0 ? (
          <p className="empty-note">{labels.noReplies}</p>
        ) : (
          <ul className="plain-list reply-list">
            {replies.map((reply) => (
              <ReplyItem key={reply.id} reply={reply} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** Logging a partner's answer: who, how it came in, when, and what they offer. */
function ReplyForm({ request, addressees }: { request: Request; addressees: { kind: 'person' | 'organisation'; id: string }[] }) {
  const { api, index } = useLoadedNetwork();
  const act = useUndoableAction();
  const labels = text.detail;
  const [who, setWho] = useState(addressees[0] ? `${addressees[0].kind}:${addressees[0].id}` : '');
  const [channel, setChannel] = useState<'app' | 'mail' | 'telefoon'>('app');
  const [answeredOn, setAnsweredOn] = useState(localToday());
  const [answer, setAnswer] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    const [kind, id = ''] = who.split(':');
    const result = await api.request.logReply({ requestId: request.id, personId: kind === 'person' ? id : null, organisationId: kind === 'organisation' ? id : null, answeredOn, answer, channel });
    if (!result.ok) return setErrors(errorsByField(result.error));
    setErrors({});
    setAnswer('');
    await act(Promise.resolve(result), labels.replySaved(addresseeName(index, kind === 'organisation' ? 'organisation' : 'person', id)));
  };
  return (
    <section className="card" aria-labelledby="reply-form-title">
      <h2 id="reply-form-title">{labels.logReply}</h2>
      <div className="form-grid">
        <SelectField name="who" label={labels.who} value={who} onChange={setWho} options={addressees.map((addressee) => ({ value: `${addressee.kind}:${addressee.id}`, label: addresseeName(index, addressee.kind, addressee.id) }))} error={errors.personId ?? errors.organisationId} />
        <SelectField name="channel" label={labels.channel} value={channel} onChange={(value) => setChannel(value === 'mail' || value === 'telefoon' ? value : 'app')} options={(['app', 'mail', 'telefoon'] as const).map((code) => ({ value: code, label: labels.channels[code] }))} />
        <DateField name="answeredOn" label={labels.answeredOn} value={answeredOn} onChange={setAnsweredOn} error={errors.answeredOn} />
        <TextArea name="answer" label={labels.answer} value={answer} onChange={setAnswer} error={errors.answer} />
      </div>
      {errors.form && !errors.answer && !errors.answeredOn && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <button type="button" className="button" onClick={() => void save()}>
        {labels.logReply}
      </button>
    </section>
  );
}

/** One answer, and what it became, or the step to make it an offer or a tie. */
function ReplyItem({ reply }: { reply: RequestReply }) {
  const { api, data, index } = useLoadedNetwork();
  const act = useUndoableAction();
  const labels = text.detail;
  const [title, setTitle] = useState('');
  const [tieWith, setTieWith] = useState('');
  // Casussen are loaded only when she asks to link one (each read of casus data is logged), and shown by code only.
  const [casussen, setCasussen] = useState<{ id: string; code: string }[] | null>(null);
  const [casusId, setCasusId] = useState('');
  const loadCasussen = async () => {
    const result = await api.casus.list({ includeArchived: false });
    if (result.ok) setCasussen(result.value.filter((casus) => casus.closedOn === null).map((casus) => ({ id: casus.id, code: casus.code })));
  };
  const who = reply.personId ? addresseeName(index, 'person', reply.personId) : addresseeName(index, 'organisation', reply.organisationId ?? '');
  const became = becameLabels(index, reply);
  const organisations = data.organisations.filter((organisation) => organisation.archivedAt === null && organisation.id !== reply.organisationId).sort((left, right) => left.name.localeCompare(right.name, 'nl'));
  return (
    <li>
      <p>
        <strong>{who}</strong> <span className="muted">· {formatDate(reply.answeredOn)}</span>
        {became.length > 0 && <span className="badge badge-planned"> {became.join(', ')}</span>}
      </p>
      <p className="description">{reply.answer}</p>
      {!reply.offerId && (
        <div className="inline-form">
          <TextField name={`offer-${reply.id}`} label={labels.offerTitle} value={title} onChange={setTitle} />
          <button type="button" className="button-secondary button-small" onClick={() => void act(api.request.replyInto({ replyId: reply.id, into: 'offer', title }), labels.offerMade(title.trim()))}>
            {labels.makeOffer}
          </button>
        </div>
      )}
      {!reply.tieId && (
        <div className="inline-form">
          <SelectField name={`tie-${reply.id}`} label={labels.makeTie} value={tieWith} onChange={setTieWith} options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))} placeholder={strings.form.choose} />
          <button type="button" className="button-secondary button-small" disabled={tieWith === ''} onClick={() => void act(api.request.replyInto({ replyId: reply.id, into: 'tie', with: { kind: 'organisation', id: tieWith } }), labels.tieMade)}>
            {labels.makeTie}
          </button>
        </div>
      )}
      {!reply.casusMatchId && casussen === null && (
        <button type="button" className="link-button" onClick={() => void loadCasussen()}>
          {labels.linkCasus}
        </button>
      )}
      {!reply.casusMatchId && casussen !== null && (
        <div className="inline-form">
          <SelectField name={`casus-${reply.id}`} label={labels.casus} value={casusId} onChange={setCasusId} options={casussen.map((casus) => ({ value: casus.id, label: casus.code }))} placeholder={strings.form.choose} />
          <button type="button" className="button-secondary button-small" disabled={casusId === ''} onClick={() => void act(api.request.replyInto({ replyId: reply.id, into: 'casusMatch', casusId }), labels.casusLinked(casussen.find((casus) => casus.id === casusId)?.code ?? ''))}>
            {labels.link}
          </button>
        </div>
      )}
    </li>
  );
}
