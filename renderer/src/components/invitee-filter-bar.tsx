import type { ReactNode } from 'react';
import type { InviteeFilter } from '../../../shared/analysis/meeting-invitees';
import { useLoadedNetwork } from '../state/network-data';
import { strings } from '../strings';
import { FilterSelect } from './filter-select';
import { neighbourhoodOptions, termOptions } from './options';

/** Choosing partners the way the broker thinks of them: by wijk, kind of organisation, theme and target group of their offers. For invitations and uitvragen alike. */
export function InviteeFilterBar({ id, filter, onChange, children }: { id: string; filter: InviteeFilter; onChange: (filter: InviteeFilter) => void; children?: ReactNode }) {
  const { data } = useLoadedNetwork();
  const labels = strings.meetings.detail;
  return (
    <div className="filter-bar">
      <FilterSelect id={`${id}-wijk`} label={labels.filterWijk} value={filter.neighbourhoodId} options={neighbourhoodOptions(data)} onChange={(value) => onChange({ ...filter, neighbourhoodId: value })} />
      <FilterSelect id={`${id}-kind`} label={labels.filterKind} value={filter.kindId} options={termOptions(data, 'organisation_kind')} onChange={(value) => onChange({ ...filter, kindId: value })} />
      <FilterSelect id={`${id}-theme`} label={labels.filterTheme} value={filter.themeId} options={termOptions(data, 'theme')} onChange={(value) => onChange({ ...filter, themeId: value })} />
      <FilterSelect id={`${id}-target`} label={labels.filterTargetGroup} value={filter.targetGroupId} options={termOptions(data, 'target_group')} onChange={(value) => onChange({ ...filter, targetGroupId: value })} />
      {children}
    </div>
  );
}
