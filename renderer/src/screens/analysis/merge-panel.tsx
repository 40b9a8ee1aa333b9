import { useState } from 'react';
import type { DuplicatePair } from '../../../../shared/analysis/duplicate-records';
import { describeKeyedCounts } from '../../../../shared/domain/entity-registry';
import { mergedOrganisationFields, mergedPersonFields } from '../../../../shared/domain/merged-fields';
import { formatPhoneDutch } from '../../../../shared/normalise/format-phone';
import { useLoadedNetwork, type NetworkIndex } from '../../state/network-data';
import { useApiQuery } from '../../state/use-api-query';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';

const text = strings.analysis.mergePanel;

/** Two records that may be the same, as the duplicate finding and the import's candidates name them. */
type MergePair = Pick<DuplicatePair, 'kind' | 'keepId' | 'dropId' | 'labels'>;

/** One field of the preview: its label, and its value in each record and after the merge, as text. */
type PreviewRow = [label: string, keep: string, drop: string, merged: string];

const list = (values: readonly string[]) => values.join(', ');
/** A row worth showing: a field either record fills, or one the merge fills (the duplicate's name as an alias). */
const shows = ([, keep, drop, merged]: string[]) => keep !== '' || drop !== '' || merged !== '';

/** The fields the merge touches, side by side, for the kind merged; rows where neither record has a value are left out. */
function previewRows(pair: MergePair, keepId: string, dropId: string, index: NetworkIndex): PreviewRow[] {
  const neighbourhoods = (ids: readonly string[]) => list(ids.map((id) => index.neighbourhood.get(id)?.name ?? id));
  if (pair.kind === 'organisation') {
    const keep = index.organisation.get(keepId);
    const drop = index.organisation.get(dropId);
    if (!keep || !drop) return [];
    const merged = mergedOrganisationFields(keep, drop);
    const phone = (value: string | null) => (value ? formatPhoneDutch(value) : '');
    return [
      [text.fields.name, keep.name, drop.name, keep.name],
      [text.fields.aliases, list(keep.aliases), list(drop.aliases), list(merged.aliases)],
      [text.fields.neighbourhoods, neighbourhoods(keep.neighbourhoodIds), neighbourhoods(drop.neighbourhoodIds), neighbourhoods(merged.neighbourhoodIds)],
      [text.fields.phone, phone(keep.phone), phone(drop.phone), phone(merged.phone)],
      [text.fields.email, keep.email ?? '', drop.email ?? '', merged.email ?? ''],
      [text.fields.website, keep.website ?? '', drop.website ?? '', merged.website ?? ''],
      [text.fields.address, [keep.address, keep.postcode].filter(Boolean).join(' '), [drop.address, drop.postcode].filter(Boolean).join(' '), [merged.address, merged.postcode].filter(Boolean).join(' ')],
      [text.fields.tags, list(keep.tags), list(drop.tags), list(merged.tags)],
      [text.fields.facilities, list(keep.facilities), list(drop.facilities), list(merged.facilities)],
      [text.fields.description, keep.description, drop.description, merged.description],
    ].filter(shows) as PreviewRow[];
  }
  const keep = index.person.get(keepId);
  const drop = index.person.get(dropId);
  if (!keep || !drop) return [];
  const merged = mergedPersonFields(keep, drop);
  const phones = (values: readonly { number: string }[]) => list(values.map((phone) => formatPhoneDutch(phone.number)));
  const warmth = (value: string | null) => (value ? strings.warmth[value as keyof typeof strings.warmth] : '');
  return [
    [text.fields.name, keep.name, drop.name, keep.name],
    [text.fields.phones, phones(keep.phones), phones(drop.phones), phones(merged.phones)],
    [text.fields.email, keep.email ?? '', drop.email ?? '', merged.email ?? ''],
    [text.fields.warmth, warmth(keep.brokerWarmth), warmth(drop.brokerWarmth), warmth(merged.brokerWarmth)],
    [text.fields.expertise, list(keep.expertiseTags), list(drop.expertiseTags), list(merged.expertiseTags)],
    [text.fields.notes, keep.notes, drop.notes, merged.notes],
  ].filter(shows) as PreviewRow[];
}

/**
 * A merge with a choice: she picks the record to keep, sees field by field
 * what the kept record will hold and how many relations move to it, and
 * merges; one Ctrl+Z brings both back.
 */
export function MergePanel({ pair, onClose, onMerged }: { pair: MergePair; onClose: () => void; onMerged?: () => void }) {
  const { api, index } = useLoadedNetwork();
  const act = useUndoableAction();
  const [keepId, setKeepId] = useState(pair.keepId);
  const dropId = keepId === pair.keepId ? pair.dropId : pair.keepId;
  const name = (id: string) => (id === pair.keepId ? pair.labels[0] : pair.labels[1]);
  const moves = useApiQuery(() => api.network.mergeMoves({ kind: pair.kind, keepId, dropId }), [keepId, dropId]);
  const rows = previewRows(pair, keepId, dropId, index);
  const merge = async () => {
    if (!(await act(api.network.merge({ kind: pair.kind, keepId, dropId }), strings.analysis.merged(name(dropId), name(keepId))))) return;
    onMerged?.();
    onClose();
  };
  const groupName = `merge-keep-${pair.keepId}-${pair.dropId}`;
  return (
    <div className="merge-panel" role="group" aria-label={text.title(pair.labels[0], pair.labels[1])}>
      <fieldset className="merge-choice">
        <legend>{text.keepWhich}</legend>
        {[pair.keepId, pair.dropId].map((id) => (
          <label key={id} className="checkbox">
            <input type="radio" name={groupName} value={id} checked={keepId === id} onChange={() => setKeepId(id)} />
            {name(id)}
          </label>
        ))}
      </fieldset>
      <table className="data-table merge-preview">
        <caption>{text.caption(name(keepId))}</caption>
        <thead>
          <tr>
            <th scope="col">{text.columns.field}</th>
            <th scope="col">{text.columns.keep}</th>
            <th scope="col">{text.columns.drop}</th>
            <th scope="col">{text.columns.merged}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, keep, drop, merged]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{keep || '–'}</td>
              <td>{drop || '–'}</td>
              <td className={merged !== keep ? 'merge-gains' : undefined}>{merged || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="merge-moves" role="status">
        {moves.error ?? (moves.value ? text.moves(describeKeyedCounts(moves.value) || text.nothingMoves, name(dropId)) : text.counting)}
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void merge()}>
          {text.confirm(name(dropId), name(keepId))}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {text.cancel}
        </button>
      </div>
    </div>
  );
}
