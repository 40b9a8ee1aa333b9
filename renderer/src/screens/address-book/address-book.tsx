import type { Route } from '../../routing/use-route';
import { href } from '../../routing/use-route';
import { strings } from '../../strings';
import { ActivitySheet, WeekView } from './week-view';
import { ImportScreen } from './import-screen';
import { OfferDetail } from './offer-detail';
import { OfferForm } from './offer-form';
import { OfferList } from './offer-list';
import { OrganisationDetail } from './organisation-detail';
import { OrganisationForm } from './organisation-form';
import { OrganisationList } from './organisation-list';
import { PersonDetail } from './person-detail';
import { PersonForm } from './person-form';
import { PersonList } from './person-list';

const tabs = ['organisaties', 'contactpersonen', 'aanbod'] as const;
type Tab = (typeof tabs)[number];

const newLabels: Record<Tab, string> = {
  organisaties: strings.addressBook.newOrganisation,
  contactpersonen: strings.addressBook.newPerson,
  aanbod: strings.addressBook.newOffer,
};

function ListPage({ tab }: { tab: Tab }) {
  return (
    <section aria-labelledby="list-title">
      <div className="page-header">
        <h1 id="list-title">{strings.addressBook.title}</h1>
        <div className="actions">
          {tab === 'aanbod' && (
            <a className="button-secondary" href={href('adresboek', 'aanbod', 'week')}>
              {strings.addressBook.weekLink}
            </a>
          )}
          <a className="button-secondary" href={href('adresboek', 'importeren')}>
            {strings.importScreen.link}
          </a>
          <a className="button" href={href('adresboek', tab, 'nieuw')}>
            + {newLabels[tab]}
          </a>
        </div>
      </div>
      <nav className="tabs" aria-label={strings.addressBook.title}>
        {tabs.map((item) => (
          <a key={item} href={href('adresboek', item)} aria-current={item === tab ? 'page' : undefined}>
            {strings.addressBook.tabs[item]}
          </a>
        ))}
      </nav>
      {tab === 'organisaties' ? <OrganisationList /> : tab === 'contactpersonen' ? <PersonList /> : <OfferList />}
    </section>
  );
}

/** Routes within the Adresboek: lists, detail pages and forms. */
export function AddressBook({ route }: { route: Route }) {
  if (route.parts[1] === 'importeren') return <ImportScreen />;
  if (route.parts[1] === 'aanbod' && route.parts[2] === 'week') return <WeekView />;
  if (route.parts[1] === 'aanbod' && route.parts[2] && route.parts[3] === 'blad') return <ActivitySheet id={route.parts[2]} />;
  const tab: Tab = tabs.includes(route.parts[1] as Tab) ? (route.parts[1] as Tab) : 'organisaties';
  const [, , id, action] = route.parts;
  const organisationId = route.query.get('organisatie') ?? undefined;
  // The key remounts a form when it switches record, so it starts from that record.
  if (id === 'nieuw') {
    if (tab === 'organisaties') return <OrganisationForm key="new" />;
    if (tab === 'contactpersonen') return <PersonForm key={`new-${organisationId}`} {...(organisationId ? { organisationId } : {})} />;
    return <OfferForm key={`new-${organisationId}`} {...(organisationId ? { organisationId } : {})} />;
  }
  if (id && action === 'bewerken') {
    if (tab === 'organisaties') return <OrganisationForm key={id} id={id} />;
    if (tab === 'contactpersonen') return <PersonForm key={id} id={id} />;
    return <OfferForm key={id} id={id} />;
  }
  if (id) {
    if (tab === 'organisaties') return <OrganisationDetail id={id} />;
    if (tab === 'contactpersonen') return <PersonDetail id={id} />;
    return <OfferDetail id={id} />;
  }
  return <ListPage tab={tab} />;
}
