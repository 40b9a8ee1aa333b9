import type { Casus } from '../../../../shared/domain/casus';
import { casusStatus } from '../../../../shared/domain/vocabulary';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { formatShortDate } from '../../strings/dutch';
import { ListScreen } from '../../components/list-screen';
import { termOptions, neighbourhoodOptions } from '../../components/options';

const text = strings.casus;
type CasusColumn = Exclude<keyof typeof text.columns, 'code'>;

/** All casussen in a sortable table, with filters on status, neighbourhood and referrer type. */
export function CasusList({ casussen }: { casussen: readonly Casus[] }) {
  const { data, index } = useLoadedNetwork();
  const label = (id: string | null) => (id ? (index.term.get(id)?.label ?? index.neighbourhood.get(id)?.name ?? '') : '');
  return (
    <ListScreen
      caption={text.caption}
      rows={casussen}
      initialSort="openedOn"
      searchText={(casus) => `${casus.code} ${label(casus.neighbourhoodId)} ${label(casus.mainReasonId)}`}
      filters={[
        { key: 'status', label: text.columns.status, options: casusStatus.codes.map((code) => ({ value: code, label: casusStatus.labels[code] })), matches: (casus, value) => casus.status === value },
        { key: 'neighbourhood', label: text.columns.neighbourhood, options: neighbourhoodOptions(data), matches: (casus, value) => casus.neighbourhoodId === value },
        { key: 'referrer', label: text.columns.referrerType, options: termOptions(data, 'referrer_type'), matches: (casus, value) => casus.referrerTypeId === value },
      ]}
      columns={[
        { key: 'code', label: text.columns.code, sortValue: (casus) => casus.code, render: (casus) => <a className="nowrap" href={href('casussen', casus.id)}>{casus.code}</a> },
        ...(
          [
            ['openedOn', (casus: Casus) => casus.openedOn, (casus: Casus) => formatShortDate(casus.openedOn)],
            ['status', (casus: Casus) => casusStatus.labels[casus.status]],
            ['neighbourhood', (casus: Casus) => label(casus.neighbourhoodId)],
            ['referrerType', (casus: Casus) => label(casus.referrerTypeId)],
            ['mainReason', (casus: Casus) => label(casus.mainReasonId)],
            ['ageBand', (casus: Casus) => casus.ageBand ?? ''],
          ] as const
          // Sorted by the stored value, shown as she reads it (a date in Dutch).
        ).map(([key, value, shown]: readonly [CasusColumn, (casus: Casus) => string, ((casus: Casus) => string)?]) => ({ key, label: text.columns[key], sortValue: value, render: shown ?? value })),
      ]}
    />
  );
}
