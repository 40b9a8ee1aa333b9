import { useMemo } from 'react';
import { preferredPhone, type Person } from '../../../../shared/domain/person';
import { ArchivedBadge, WarmthBadge } from '../../components/badges';
import { PhoneNumber } from '../../components/phone-number';
import type { Column } from '../../components/sortable-table';
import { formatShortDate } from '../../strings/dutch';
import { href } from '../../routing/use-route';
import { useLoadedNetwork, type NetworkIndex } from '../../state/network-data';
import { strings } from '../../strings';
import { ListScreen, type ListFilter } from '../../components/list-screen';
import { tagOptions, termOptions, neighbourhoodOptions } from '../../components/options';

const warmthOrder = { warm: 0, lauw: 1, koud: 2 } as const;

export function mainPhone(person: Person) {
  return preferredPhone(person) ?? null;
}

function organisationsOf(index: NetworkIndex, person: Person) {
  return (index.affiliationsOfPerson.get(person.id) ?? []).map((affiliation) => ({ affiliation, organisation: index.organisation.get(affiliation.organisationId) }));
}

export function PersonList() {
  const { data, index } = useLoadedNetwork();
  const labels = strings.addressBook.columns;
  const columns = useMemo<Column<Person>[]>(
    () => [
      {
        key: 'name',
        label: labels.name,
        sortValue: (row) => row.name,
        render: (row) => (
          <>
            <a href={href('adresboek', 'contactpersonen', row.id)}>{row.name}</a>{row.archivedAt && <> <ArchivedBadge /></>}
          </>
        ),
      },
      {
        key: 'organisation',
        label: labels.organisation,
        sortValue: (row) => organisationsOf(index, row)[0]?.organisation?.name ?? '',
        render: (row) => organisationsOf(index, row).map(({ affiliation, organisation }) => <div key={affiliation.id}>{organisation?.name}</div>),
      },
      { key: 'role', label: labels.role, sortValue: (row) => organisationsOf(index, row)[0]?.affiliation.role ?? '', render: (row) => organisationsOf(index, row).map(({ affiliation }) => <div key={affiliation.id}>{affiliation.role}</div>) },
      {
        key: 'phone',
        label: labels.phone,
        render: (row) => {
          const phone = mainPhone(row);
          return phone ? <PhoneNumber e164={phone.number} isMobile={phone.label === 'mobiel'} /> : '–';
        },
      },
      { key: 'warmth', label: labels.warmth, sortValue: (row) => (row.brokerWarmth ? warmthOrder[row.brokerWarmth] : 3), render: (row) => <WarmthBadge warmth={row.brokerWarmth} /> },
      {
        key: 'lastContact',
        label: labels.lastContact,
        sortValue: (row) => index.lastContact.get(row.id) ?? null,
        render: (row) => {
          const last = index.lastContact.get(row.id);
          return last ? formatShortDate(last) : strings.never;
        },
      },
    ],
    [index, labels],
  );
  const filters = useMemo<ListFilter<Person>[]>(
    () => [
      { key: 'neighbourhood', label: strings.addressBook.filterNeighbourhood, options: neighbourhoodOptions(data), matches: (row, value) => organisationsOf(index, row).some(({ organisation }) => organisation?.neighbourhoodIds.includes(value)) },
      {
        key: 'kind',
        label: strings.addressBook.filterKind,
        options: termOptions(data, 'organisation_kind'),
        matches: (row, value) => organisationsOf(index, row).some(({ organisation }) => organisation && (organisation.kindId === value || index.term.get(organisation.kindId)?.parentId === value)),
      },
      { key: 'tag', label: strings.addressBook.filterTag, options: tagOptions(data.persons.flatMap((row) => row.expertiseTags)), matches: (row, value) => row.expertiseTags.includes(value) },
    ],
    [data, index],
  );
  return (
    <ListScreen
      caption={strings.addressBook.tabs.contactpersonen}
      rows={data.persons}
      columns={columns}
      filters={filters}
      initialSort="name"
      searchText={(row) => [row.name, ...row.expertiseTags, ...organisationsOf(index, row).flatMap(({ affiliation, organisation }) => [affiliation.role, organisation?.name ?? ''])].join(' ')}
    />
  );
}
