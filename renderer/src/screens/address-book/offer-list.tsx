import { useMemo } from 'react';
import type { Offer } from '../../../../shared/domain/offer';
import { offerAccess } from '../../../../shared/domain/vocabulary';
import { ArchivedBadge } from '../../components/badges';
import type { Column } from '../../components/sortable-table';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { ListScreen, type ListFilter } from '../../components/list-screen';
import { labelsOf, termOptions, neighbourhoodOptions } from '../../components/options';

export function OfferList() {
  const { data, index } = useLoadedNetwork();
  const labels = strings.addressBook.columns;
  const columns = useMemo<Column<Offer>[]>(
    () => [
      {
        key: 'title',
        label: labels.title,
        sortValue: (row) => row.title,
        render: (row) => (
          <>
            <a href={href('adresboek', 'aanbod', row.id)}>{row.title}</a>{row.archivedAt && <> <ArchivedBadge /></>}
          </>
        ),
      },
      { key: 'organisation', label: labels.organisation, sortValue: (row) => index.organisation.get(row.organisationId)?.name ?? '', render: (row) => index.organisation.get(row.organisationId)?.name },
      { key: 'themes', label: labels.themes, sortValue: (row) => labelsOf(row.themeIds, index.term), render: (row) => labelsOf(row.themeIds, index.term) },
      { key: 'targetGroups', label: labels.targetGroups, render: (row) => labelsOf(row.targetGroupIds, index.term) },
      { key: 'neighbourhood', label: labels.neighbourhood, sortValue: (row) => labelsOf(row.neighbourhoodIds, index.neighbourhood), render: (row) => labelsOf(row.neighbourhoodIds, index.neighbourhood) },
      { key: 'access', label: labels.access, sortValue: (row) => offerAccess.labels[row.access], render: (row) => offerAccess.labels[row.access] },
    ],
    [index, labels],
  );
  const filters = useMemo<ListFilter<Offer>[]>(
    () => [
      { key: 'neighbourhood', label: strings.addressBook.filterNeighbourhood, options: neighbourhoodOptions(data), matches: (row, value) => row.neighbourhoodIds.includes(value) },
      { key: 'theme', label: strings.addressBook.filterTheme, options: termOptions(data, 'theme'), matches: (row, value) => row.themeIds.includes(value) },
      { key: 'target', label: strings.addressBook.filterTargetGroup, options: termOptions(data, 'target_group'), matches: (row, value) => row.targetGroupIds.includes(value) },
    ],
    [data],
  );
  return (
    <ListScreen
      caption={strings.addressBook.tabs.aanbod}
      rows={data.offers}
      columns={columns}
      filters={filters}
      initialSort="title"
      searchText={(row) => [row.title, row.description, index.organisation.get(row.organisationId)?.name ?? '', labelsOf(row.themeIds, index.term), labelsOf(row.targetGroupIds, index.term)].join(' ')}
    />
  );
}
