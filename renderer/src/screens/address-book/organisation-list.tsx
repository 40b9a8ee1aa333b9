import { useMemo } from 'react';
import type { Organisation } from '../../../../shared/domain/organisation';
import { ArchivedBadge } from '../../components/badges';
import type { Column } from '../../components/sortable-table';
import { formatShortDate } from '../../strings/dutch';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { ListScreen, type ListFilter } from '../../components/list-screen';
import { labelsOf, tagOptions, termOptions, neighbourhoodOptions } from '../../components/options';

export function OrganisationList() {
  const { data, index } = useLoadedNetwork();
  const labels = strings.addressBook.columns;
  const columns = useMemo<Column<Organisation>[]>(
    () => [
      {
        key: 'name',
        label: labels.name,
        sortValue: (row) => row.name,
        render: (row) => (
          <>
            <a href={href('adresboek', 'organisaties', row.id)}>{row.name}</a>{row.archivedAt && <> <ArchivedBadge /></>}
          </>
        ),
      },
      { key: 'kind', label: labels.kind, sortValue: (row) => index.term.get(row.kindId)?.label ?? '', render: (row) => index.term.get(row.kindId)?.label },
      { key: 'neighbourhood', label: labels.neighbourhood, sortValue: (row) => labelsOf(row.neighbourhoodIds, index.neighbourhood), render: (row) => labelsOf(row.neighbourhoodIds, index.neighbourhood) },
      { key: 'people', label: labels.people, className: 'numeric', sortValue: (row) => index.affiliationsOfOrganisation.get(row.id)?.length ?? 0, render: (row) => index.affiliationsOfOrganisation.get(row.id)?.length ?? 0 },
      { key: 'offers', label: labels.offers, className: 'numeric', sortValue: (row) => index.offersOfOrganisation.get(row.id)?.length ?? 0, render: (row) => index.offersOfOrganisation.get(row.id)?.length ?? 0 },
      { key: 'verified', label: labels.verified, sortValue: (row) => row.verifiedOn, render: (row) => (row.verifiedOn ? formatShortDate(row.verifiedOn) : '–') },
    ],
    [index, labels],
  );
  const filters = useMemo<ListFilter<Organisation>[]>(
    () => [
      { key: 'neighbourhood', label: strings.addressBook.filterNeighbourhood, options: neighbourhoodOptions(data), matches: (row, value) => row.neighbourhoodIds.includes(value) },
      { key: 'kind', label: strings.addressBook.filterKind, options: termOptions(data, 'organisation_kind'), matches: (row, value) => row.kindId === value || index.term.get(row.kindId)?.parentId === value },
      { key: 'tag', label: strings.addressBook.filterTag, options: tagOptions(data.organisations.flatMap((row) => row.tags)), matches: (row, value) => row.tags.includes(value) },
    ],
    [data, index],
  );
  return (
    <ListScreen
      caption={strings.addressBook.tabs.organisaties}
      rows={data.organisations}
      columns={columns}
      filters={filters}
      initialSort="name"
      searchText={(row) => [row.name, ...row.aliases, ...row.tags, row.description, index.term.get(row.kindId)?.label ?? ''].join(' ')}
    />
  );
}
