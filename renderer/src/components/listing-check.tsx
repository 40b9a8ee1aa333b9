import { useEffect, useMemo, useRef, useState } from 'react';
import { checkAge, checkRequestText } from '../../../shared/offers/check-request';
import { localToday } from '../clock';
import { formatDate } from '../strings/dutch';
import { useCopyText } from './phone-number';
import { useLoadedNetwork } from '../state/network-data';
import { useUndoableAction } from '../state/use-undoable-action';
import { strings } from '../strings';

const text = strings.listingCheck;

/** How fresh a listing is: "gecontroleerd 3 maanden geleden" in green, amber past half a year, red past a year or never. */
export function CheckAgeBadge({ verifiedOn }: { verifiedOn: string | null }) {
  const age = checkAge(verifiedOn, localToday());
  return <span className={`badge check-${age.tone}`}>{age.text}</span>;
}

/** "Laatst gecontroleerd": the day and how fresh that is; never checked, the badge alone says so. */
export function VerifiedOn({ verifiedOn }: { verifiedOn: string | null }) {
  return (
    <>
      {verifiedOn && `${formatDate(verifiedOn)} `}
      <CheckAgeBadge verifiedOn={verifiedOn} />
    </>
  );
}

/**
 * "Vraag om controle": the message that lists what the sociale kaart says of
 * an organisation, to copy or open as an e-mail, and her answer recorded in
 * one click: "Klopt" or "Aangepast" (after she changed what was wrong).
 */
export function ListingCheckPanel({ organisationId }: { organisationId: string }) {
  const { api, data, index } = useLoadedNetwork();
  const copyText = useCopyText();
  const act = useUndoableAction();
  const [open, setOpen] = useState(false);
  const organisation = index.organisation.get(organisationId);
  // The message is written only once she asks for it: it reads every offer and role.
  const request = useMemo(() => (open ? checkRequestText(data, organisationId) : null), [open, data, organisationId]);
  // The button she pressed gives way to the message: the focus goes there, not to the top of the page.
  const message = useRef<HTMLPreElement>(null);
  useEffect(() => {
    if (open) message.current?.focus();
  }, [open]);
  if (!organisation) return null;
  // Its own address first; else the first of its people who has one.
  const email = organisation.email ?? (index.affiliationsOfOrganisation.get(organisationId) ?? []).map((affiliation) => index.person.get(affiliation.personId)?.email).find(Boolean) ?? '';
  const record = (outcome: 'klopt' | 'aangepast') => act(api.organisation.recordCheck({ organisationId, checkedOn: localToday(), outcome }), text.recorded(organisation.name, outcome));
  return (
    <section className="card listing-check" aria-labelledby="check-title">
      {/* How fresh the listing is stands once, beside "Laatst gecontroleerd" above. */}
      <h2 id="check-title">{text.title}</h2>
      {!request ? (
        <button type="button" className="button-secondary button-small" aria-expanded={false} onClick={() => setOpen(true)}>
          {text.ask}
        </button>
      ) : (
        <>
          <p className="muted">{text.intro}</p>
          {/* It may scroll: reachable by keyboard, and named. */}
          <pre ref={message} className="check-text" tabIndex={0} role="region" aria-label={text.message}>
            {request.body}
          </pre>
          <div className="actions">
            <button type="button" className="button-secondary button-small" onClick={() => void copyText(request.body, text.copied)}>
              {text.copy}
            </button>
            {email && (
              <a className="button-secondary button-small" href={`mailto:${email}?subject=${encodeURIComponent(request.subject)}&body=${encodeURIComponent(request.body)}`}>
                {text.mail}
              </a>
            )}
          </div>
        </>
      )}
      <p>{text.answered}</p>
      <div className="actions">
        <button type="button" className="button button-small" onClick={() => void record('klopt')}>
          {text.correct}
        </button>
        <button type="button" className="button-secondary button-small" onClick={() => void record('aangepast')}>
          {text.changed}
        </button>
      </div>
    </section>
  );
}
