import type { z } from 'zod';
import type { logEntryCreate } from '../../shared/domain/log-entry';
import type { meetingCreate } from '../../shared/domain/meeting';
import type { taskCreate } from '../../shared/domain/task';
import type { requestCreate, requestReplyCreate } from '../../shared/domain/request';
import type { DemoNetwork, DemoOptions } from './demo-network';
import { demoLastMeetingOn } from './demo-presentation';
import { daysBefore } from './random';
import { formatDate } from '../../shared/dates/format-date';

type WithId<Input> = Input & { id: string };

export interface DemoMeetings {
  meetings: WithId<z.input<typeof meetingCreate>>[];
  /** The contacts the recorded meetings were logged as (created before the meetings that point at them). */
  logEntries: WithId<z.input<typeof logEntryCreate>>[];
  afspraken: WithId<z.input<typeof taskCreate>>[];
}

const daysAfter = (today: string, days: number) => daysBefore(today, -days);

/**
 * The broker's meetings in the demo, with real signal: the last wijknetwerk
 * meeting of Oude Noorden (recorded, with afspraken: one done, one open, one
 * overdue) and the next one planned; a themabijeenkomst in Bergpolder that
 * took place with attendance ticked but is not yet recorded, so its proposed
 * ties wait for her; and a wijktour in Agniesebuurt ahead.
 */
export function demoMeetings(network: DemoNetwork, options: DemoOptions): DemoMeetings {
  const lastMeetingOn = demoLastMeetingOn(options.today);
  /** Active organisations of a wijk, with the first person working there (who gets the invitation). */
  const invitees = (neighbourhoodId: string, limit: number) => {
    const organisations = network.organisations.filter((organisation) => organisation.neighbourhoodIds?.includes(neighbourhoodId) && (organisation.status ?? 'actief') === 'actief').slice(0, limit);
    const people = organisations.flatMap((organisation) => {
      const affiliation = network.affiliations.find((candidate) => candidate.organisationId === organisation.id && !candidate.until);
      return affiliation ? [affiliation.personId] : [];
    });
    return { organisationIds: organisations.map((organisation) => organisation.id), personIds: [...new Set(people)] };
  };
  /** Who came: all but every `missing`-th of those invited (a fixed pattern, so the demo reads the same every time). */
  const present = (personIds: string[], missing: number) => personIds.filter((_, position) => position % missing !== missing - 1);

  const oudeNoorden = invitees('wijk-oude-noorden', 14);
  const lastAttended = present(oudeNoorden.personIds, 3);
  const logEntries = [
    {
      id: 'contact-wijknetwerk-oude-noorden',
      occurredOn: lastMeetingOn,
      kind: 'wijknetwerk' as const,
      personIds: lastAttended,
      organisationIds: [...new Set(lastAttended.flatMap((personId) => network.affiliations.filter((affiliation) => affiliation.personId === personId && !affiliation.until).map((affiliation) => affiliation.organisationId)))],
      note: 'Wijknetwerk Oude Noorden, Huis van de Wijk Oude Noorden',
    },
  ];
  const bergpolder = invitees('wijk-bergpolder', 10);
  const agniesebuurt = invitees('wijk-agniesebuurt', 8);
  const meetings = [
    {
      id: 'bijeenkomst-oude-noorden-vorige',
      kind: 'wijknetwerk' as const,
      title: 'Wijknetwerk Oude Noorden',
      heldOn: lastMeetingOn,
      startsAt: '15:30',
      place: 'Huis van de Wijk Oude Noorden',
      neighbourhoodId: 'wijk-oude-noorden',
      note: 'Thema: eenzaamheid onder ouderen. Wie heeft ruimte voor nieuwe deelnemers?',
      invitedOrganisationIds: oudeNoorden.organisationIds,
      invitedPersonIds: oudeNoorden.personIds,
      attendedPersonIds: lastAttended,
      logEntryId: 'contact-wijknetwerk-oude-noorden',
    },
    {
      id: 'bijeenkomst-oude-noorden-volgende',
      kind: 'wijknetwerk' as const,
      title: 'Wijknetwerk Oude Noorden',
      heldOn: daysAfter(options.today, 23),
      startsAt: '15:30',
      place: 'Huis van de Wijk Oude Noorden',
      neighbourhoodId: 'wijk-oude-noorden',
      note: 'Terugblik op de afspraken; de nieuwe partners stellen zich voor.',
      invitedOrganisationIds: oudeNoorden.organisationIds,
      invitedPersonIds: oudeNoorden.personIds,
    },
    {
      id: 'bijeenkomst-bergpolder-eenzaamheid',
      kind: 'themabijeenkomst' as const,
      title: 'Eenzaamheid in Bergpolder',
      heldOn: daysBefore(options.today, 9),
      startsAt: '10:00',
      place: 'Bibliotheek Bergpolder',
      themeId: 'theme-ontmoeting',
      neighbourhoodId: 'wijk-bergpolder',
      note: 'Wie ziet wie, en wie kan wie doorverwijzen?',
      invitedOrganisationIds: bergpolder.organisationIds,
      invitedPersonIds: bergpolder.personIds,
      attendedPersonIds: present(bergpolder.personIds, 4),
    },
    {
      id: 'bijeenkomst-agniesebuurt-wijktour',
      kind: 'wijktour' as const,
      title: 'Wijktour Agniesebuurt',
      heldOn: daysAfter(options.today, 10),
      startsAt: '13:00',
      place: 'Verzamelen bij het buurthuis',
      neighbourhoodId: 'wijk-agniesebuurt',
      note: '',
      invitedOrganisationIds: agniesebuurt.organisationIds,
      invitedPersonIds: agniesebuurt.personIds,
    },
  ];
  const [firstOwner, secondOwner] = lastAttended;
  const afspraken = [
    { id: 'afspraak-activiteitenoverzicht', note: 'Activiteitenoverzicht ouderen rondsturen aan alle partners.', ownerPersonId: null, dueOn: daysBefore(options.today, 14), doneOn: daysBefore(options.today, 16) },
    { id: 'afspraak-maatjes', note: 'Nagaan wie ruimte heeft voor een maatje voor de wachtlijst.', ownerPersonId: firstOwner ?? null, dueOn: daysBefore(options.today, 5), doneOn: null },
    { id: 'afspraak-kennismaking', note: 'Kennismaking plannen met de nieuwe POH-GGZ.', ownerPersonId: secondOwner ?? null, dueOn: daysAfter(options.today, 12), doneOn: null },
  ].map((afspraak) => ({ ...afspraak, kind: 'afspraak' as const, meetingId: 'bijeenkomst-oude-noorden-vorige', personIds: afspraak.ownerPersonId ? [afspraak.ownerPersonId] : [] }));
  return { meetings, logEntries, afspraken };
}

export interface DemoRequests {
  requests: WithId<z.input<typeof requestCreate>>[];
  replies: WithId<z.input<typeof requestReplyCreate>>[];
  /** The contacts the replies were logged as. */
  logEntries: WithId<z.input<typeof logEntryCreate>>[];
}

/**
 * The broker's uitvragen in the demo: one answered and closed (a maatje in
 * Oude Noorden: two replies), one open in
 * Bergpolder with one reply and the rest still to answer.
 */
export function demoRequests(network: DemoNetwork, options: DemoOptions): DemoRequests {
  const contactsIn = (neighbourhoodId: string, limit: number) =>
    network.organisations
      .filter((organisation) => organisation.neighbourhoodIds?.includes(neighbourhoodId) && (organisation.status ?? 'actief') === 'actief')
      .flatMap((organisation) => network.affiliations.filter((affiliation) => affiliation.organisationId === organisation.id && !affiliation.until).slice(0, 1))
      .slice(0, limit);
  const oudeNoorden = contactsIn('wijk-oude-noorden', 8);
  const bergpolder = contactsIn('wijk-bergpolder', 10);
  const requests = [
    { id: 'uitvraag-maatje-oude-noorden', question: 'Wie heeft ruimte voor een maatje voor een oudere man in Oude Noorden?', askedOn: daysBefore(options.today, 30), neighbourhoodId: 'wijk-oude-noorden', themeId: 'theme-ontmoeting', personIds: oudeNoorden.map((role) => role.personId), closedOn: daysBefore(options.today, 24) },
    { id: 'uitvraag-taal-bergpolder', question: 'Wie heeft plek in een taalgroep overdag in Bergpolder?', askedOn: daysBefore(options.today, 4), neighbourhoodId: 'wijk-bergpolder', themeId: 'theme-ontdekken-en-leren', personIds: bergpolder.map((role) => role.personId), closedOn: null },
  ];
  const answers = [
    { request: requests[0], role: oudeNoorden[1], daysAgo: 29, answer: 'Wij hebben een vrijwilliger die graag wandelt; bel me even.', channel: 'app' as const },
    { request: requests[0], role: oudeNoorden[3], daysAgo: 27, answer: 'Onze koffieochtend op woensdag heeft plek voor nieuwe mensen.', channel: 'mail' as const },
    { request: requests[1], role: bergpolder[2], daysAgo: 3, answer: 'De dinsdagochtendgroep heeft nog twee plekken.', channel: 'telefoon' as const },
  ].flatMap((answer, position) => (answer.request && answer.role ? [{ ...answer, request: answer.request, role: answer.role, id: `antwoord-${position + 1}` }] : []));
  const logEntries = answers.map((answer) => ({
    id: `contact-${answer.id}`,
    occurredOn: daysBefore(options.today, answer.daysAgo),
    kind: answer.channel,
    personIds: [answer.role.personId],
    organisationIds: [],
    note: `Antwoord op een uitvraag van ${formatDate(answer.request.askedOn)}: ${answer.answer}`,
  }));
  const replies = answers.map((answer) => ({ id: answer.id, requestId: answer.request.id, personId: answer.role.personId, organisationId: null, answeredOn: daysBefore(options.today, answer.daysAgo), answer: answer.answer, logEntryId: `contact-${answer.id}` }));
  return { requests, replies, logEntries };
}
