import { useState } from 'react';
import { describeWhen } from '../../../../shared/domain/offer';
import { accessibility, offerAccess, timeOfDay, weekday } from '../../../../shared/domain/vocabulary';
import { formatPhoneDutch } from '../../../../shared/normalise/format-phone';
import { preferredPhone } from '../../../../shared/domain/person';
import { weekSchedule } from '../../../../shared/offers/week-schedule';
import { FilterSelect } from '../../components/filter-select';
import { neighbourhoodOptions, termOptions } from '../../components/options';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { NotFound } from './record-actions';

const text = strings.addressBook.week;

/** "Wat is er wanneer": the offers of a wijk (and a theme) over the week, to read or print. */
export function WeekView() {
  const { data, index } = useLoadedNetwork();
  const [neighbourhoodId, setNeighbourhoodId] = useState('');
  const [themeId, setThemeId] = useState('');
  // A wijk's own offers and those for the whole city (no wijk named).
  const offers = data.offers.filter((offer) => (neighbourhoodId === '' || offer.neighbourhoodIds.length === 0 || offer.neighbourhoodIds.includes(neighbourhoodId)) && (themeId === '' || offer.themeIds.includes(themeId)));
  const schedule = weekSchedule(offers);
  const wijk = neighbourhoodId ? index.neighbourhood.get(neighbourhoodId)?.name : undefined;
  const theme = themeId ? index.term.get(themeId)?.label : undefined;
  const offerLink = (offerId: string) => {
    const offer = index.offer.get(offerId);
    return (
      <>
        <a href={href('adresboek', 'aanbod', offerId)}>{offer?.title}</a> <span className="muted">{index.organisation.get(offer?.organisationId ?? '')?.name}</span>
      </>
    );
  };
  const unscheduled = schedule.withoutDays.filter((part) => part.offerIds.length > 0);
  return (
    <section className="week-view" aria-labelledby="week-title">
      <a className="back-link no-print" href={href('adresboek', 'aanbod')}>
        ← {strings.addressBook.tabs.aanbod}
      </a>
      <div className="page-header">
        <h1 id="week-title">{text.title(wijk, theme)}</h1>
        <button type="button" className="button-secondary no-print" onClick={() => window.print()}>
          {text.print}
        </button>
      </div>
      <div className="filter-bar no-print">
        <FilterSelect id="week-wijk" label={text.wijk} value={neighbourhoodId} options={neighbourhoodOptions(data)} onChange={setNeighbourhoodId} />
        <FilterSelect id="week-theme" label={text.theme} value={themeId} options={termOptions(data, 'theme')} onChange={setThemeId} />
      </div>
      <div className="week-grid">
        {schedule.days.map(({ day, slots }) => (
          <section key={day} className="week-day" aria-labelledby={`day-${day}`}>
            <h2 id={`day-${day}`}>{weekday.labels[day]}</h2>
            {slots.length === 0 ? (
              <p className="empty-note">{text.nothing}</p>
            ) : (
              <ul className="plain-list">
                {slots.map((slot, position) => (
                  <li key={`${slot.offerId}-${position}`}>
                    {/* How often stands with the time, not after the organisation's name where it read as part of it. */}
                    <span className="slot-time">
                      <strong>{slot.startsAt ? [slot.startsAt, slot.session.endsAt].filter(Boolean).join('-') : text.noTime}</strong>
                      {slot.frequency && <span className="muted">, {slot.frequency}</span>}
                    </span>{' '}
                    {offerLink(slot.offerId)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      {unscheduled.length > 0 && (
        <section className="card" aria-labelledby="unscheduled-title">
          <h2 id="unscheduled-title">{text.withoutDays}</h2>
          {unscheduled.map(({ part, offerIds }) => (
            <div key={part}>
              <h3>{timeOfDay.labels[part]}</h3>
              <ul className="plain-list">
                {offerIds.map((offerId) => (
                  <li key={offerId}>{offerLink(offerId)}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </section>
  );
}

/**
 * One page for a resident: what, where, when, what it costs and whom to ask,
 * and nothing else (no notes, no warmth, no other people), in large print.
 */
export function ActivitySheet({ id }: { id: string }) {
  const { index } = useLoadedNetwork();
  const offer = index.offer.get(id);
  if (!offer) return <NotFound backHref={href('adresboek', 'aanbod')} />;
  const organisation = index.organisation.get(offer.organisationId);
  const contact = offer.contactPersonId ? index.person.get(offer.contactPersonId) : undefined;
  const contactPhone = contact ? preferredPhone(contact) : undefined;
  const where = offer.location || [organisation?.address, organisation?.postcode].filter(Boolean).join(', ');
  const when = describeWhen(offer) || offer.timesOfDay.map((part) => timeOfDay.labels[part]).join(', ');
  // Always a number to call when one is known: the contact's, else the organisation's (named, as it is not theirs).
  const organisationPhone = organisation?.phone ? formatPhoneDutch(organisation.phone) : '';
  const ask = contact
    ? [contact.name, contactPhone ? formatPhoneDutch(contactPhone.number) : organisationPhone && `${organisationPhone} (${organisation?.name ?? ''})`].filter(Boolean).join(', ')
    : [organisation?.name, organisationPhone].filter(Boolean).join(', ');
  return (
    <article className="activity-sheet" aria-labelledby="sheet-title">
      <div className="no-print actions">
        <a className="back-link" href={href('adresboek', 'aanbod', id)}>
          ← {offer.title}
        </a>
        <button type="button" className="button" onClick={() => window.print()}>
          {text.printSheet}
        </button>
      </div>
      <h1 id="sheet-title">{offer.title}</h1>
      {organisation && <p className="sheet-organisation">{organisation.name}</p>}
      {offer.description && <p className="sheet-description">{offer.description}</p>}
      <dl className="sheet-facts">
        <dt>{text.where}</dt>
        <dd>{where || text.unknown}</dd>
        <dt>{text.when}</dt>
        <dd>{when || text.unknown}</dd>
        <dt>{text.cost}</dt>
        <dd>{offer.cost || (offer.isFree ? text.free : text.unknown)}</dd>
        <dt>{text.join}</dt>
        <dd>{[offerAccess.labels[offer.access], offer.hasWaitingList ? text.waitingList : ''].filter(Boolean).join('; ')}</dd>
        {offer.accessibility.length > 0 && (
          <>
            <dt>{text.accessible}</dt>
            <dd>{offer.accessibility.map((code) => accessibility.labels[code]).join(', ')}</dd>
          </>
        )}
        <dt>{text.askFor}</dt>
        <dd>{ask || text.unknown}</dd>
      </dl>
    </article>
  );
}
