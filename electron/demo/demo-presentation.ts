import type { z } from 'zod';
import type { mapViewCreate } from '../../shared/domain/map-view';
import type { presentationCreate } from '../../shared/domain/presentation';
import { daysBefore } from './random';

type WithId<Input> = Input & { id: string };

/** The demo's last wijknetwerk meeting: five weeks ago, so "nieuw sinds" has news to show. */
export function demoLastMeetingOn(today: string): string {
  return daysBefore(today, 35);
}

/**
 * A wijknetwerk meeting for Oude Noorden in four steps, as a broker would
 * tell it: what is new, who does the same without knowing each other, where
 * the network hangs by a thread, and where casussen made partners work together.
 */
export function demoPresentation(): { mapViews: WithId<z.input<typeof mapViewCreate>>[]; presentations: WithId<z.input<typeof presentationCreate>>[] } {
  const wijk = 'wijk-oude-noorden';
  const mapViews = [
    { id: 'kaartbeeld-nieuw', title: 'Wat is er nieuw sinds de vorige bijeenkomst?', caption: 'Gemarkeerd: de organisaties en verbindingen die er sinds de vorige bijeenkomst bij kwamen.', neighbourhoodId: wijk, sinceLastMeeting: true },
    { id: 'kaartbeeld-dubbelingen', title: 'Wie doet hetzelfde zonder elkaar te kennen?', caption: 'Gemarkeerd: organisaties met vergelijkbaar aanbod voor dezelfde bewoners, die nog geen verbinding hebben.', neighbourhoodId: wijk, overlays: ['overlaps' as const] },
    { id: 'kaartbeeld-hiaten', title: 'Waar zijn de hiaten?', caption: 'Eilandjes zonder verbinding met de rest, en schakels waar het netwerk aan één draad hangt.', neighbourhoodId: wijk, overlays: ['islands' as const, 'weakLinks' as const] },
    { id: 'kaartbeeld-casussen', title: 'Samenwerking via casussen', caption: 'Organisaties die samen een bewoner verder hielpen, zonder namen: alleen dat het gebeurde.', neighbourhoodId: wijk, overlays: ['casusLinks' as const] },
  ];
  return { mapViews, presentations: [{ id: 'presentatie-oude-noorden', title: 'Wijknetwerk Oude Noorden', mapViewIds: mapViews.map((view) => view.id) }] };
}
