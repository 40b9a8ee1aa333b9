import { useState } from 'react';
import type { Neighbourhood } from '../../../../shared/domain/neighbourhood';
import type { TaxonomyTerm } from '../../../../shared/domain/taxonomy-term';
import { foldText } from '../../../../shared/normalise/name';
import { taxonomyKinds, taxonomyLabels, type TaxonomyKind } from '../../../../shared/taxonomies/taxonomy';
import { SelectField, TextField } from '../../components/form-fields';
import { useLoadedNetwork } from '../../state/network-data';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';

const text = strings.settings.lists;
type ListChoice = TaxonomyKind | 'wijken';
const byLabel = (left: string, right: string) => left.localeCompare(right, 'nl');

/** "3035, 3036 3037" as the postcode areas it names; the API checks each. */
const areasFrom = (typed: string) =>
  typed
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * The lists she owns: every list of values (themes, target groups, kinds of
 * organisation, referrers, main reasons, life domains, Positieve Gezondheid)
 * and the wijken with their buurten and postcode areas. Add, rename, merge
 * (every use moves, one undo) and archive.
 */
export function ListsSection() {
  const { data } = useLoadedNetwork();
  const [list, setList] = useState<ListChoice>('wijken');
  const options = [{ value: 'wijken', label: text.wijken }, ...taxonomyKinds.map((kind) => ({ value: kind, label: taxonomyLabels[kind] }))];
  return (
    <section className="card lists-section" aria-labelledby="lists-title">
      <h2 id="lists-title">{text.title}</h2>
      <p className="muted">{text.intro}</p>
      <SelectField name="list" label={text.which} value={list} onChange={(value) => setList(value === 'wijken' ? 'wijken' : (taxonomyKinds.find((kind) => kind === value) ?? 'wijken'))} options={options} />
      {list === 'wijken' ? (
        <NeighbourhoodList neighbourhoods={data.neighbourhoods} />
      ) : (
        <TermList key={list} taxonomy={list} terms={data.terms.filter((term) => term.taxonomy === list)} />
      )}
    </section>
  );
}

/** A value already in the list under another spelling ("Zingeving", "zingeving "): she merges instead of adding it twice. */
function sameAs<Item extends { id: string; archivedAt: string | null }>(items: readonly Item[], nameOf: (item: Item) => string, typed: string, except: string | null): Item | undefined {
  const folded = foldText(typed);
  return items.find((item) => item.archivedAt === null && item.id !== except && foldText(nameOf(item)) === folded);
}

function TermList({ taxonomy, terms }: { taxonomy: TaxonomyKind; terms: readonly TaxonomyTerm[] }) {
  const { api } = useLoadedNetwork();
  const act = useUndoableAction();
  const [added, setAdded] = useState('');
  const [error, setError] = useState<string | undefined>();
  const active = terms.filter((term) => term.archivedAt === null).sort((left, right) => left.sortOrder - right.sortOrder || byLabel(left.label, right.label));
  const archived = terms.filter((term) => term.archivedAt !== null).sort((left, right) => byLabel(left.label, right.label));
  const add = async () => {
    const label = added.trim();
    if (label === '') return setError(text.empty);
    const existing = sameAs(terms, (term) => term.label, label, null);
    if (existing) return setError(text.exists(existing.label));
    const done = await act(api.taxonomyTerm.create({ taxonomy, label, sortOrder: (active.at(-1)?.sortOrder ?? 0) + 10 }), text.added(label));
    if (done) {
      setAdded('');
      setError(undefined);
    }
  };
  return (
    <>
      <ul className="plain-list list-values" aria-label={taxonomyLabels[taxonomy]}>
        {active.map((term) => (
          <ValueRow
            key={term.id}
            name={term.label}
            others={active.filter((other) => other.id !== term.id).map((other) => ({ value: other.id, label: other.label }))}
            conflict={(typed) => sameAs(terms, (candidate) => candidate.label, typed, term.id)?.label}
            rename={(label) => act(api.taxonomyTerm.update({ id: term.id, patch: { label } }), text.renamed(term.label, label))}
            merge={(keepId, keepName) => act(api.network.merge({ kind: 'taxonomyTerm', keepId, dropId: term.id }), text.merged(term.label, keepName))}
            archive={() => act(api.taxonomyTerm.archive({ id: term.id }), text.archivedMessage(term.label))}
          />
        ))}
      </ul>
      <div className="inline-form">
        <TextField name="new-value" label={text.newValue} value={added} onChange={setAdded} error={error} />
        <button type="button" className="button-secondary button-small" onClick={() => void add()}>
          {text.add}
        </button>
      </div>
      <ArchivedValues items={archived.map((term) => ({ id: term.id, name: term.label }))} restore={(id, name) => act(api.taxonomyTerm.restore({ id }), text.restored(name))} />
    </>
  );
}

function NeighbourhoodList({ neighbourhoods }: { neighbourhoods: readonly Neighbourhood[] }) {
  const { api } = useLoadedNetwork();
  const act = useUndoableAction();
  const [added, setAdded] = useState({ name: '', parentId: '', areas: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const active = neighbourhoods.filter((neighbourhood) => neighbourhood.archivedAt === null).sort((left, right) => byLabel(left.name, right.name));
  const nameOf = (id: string | null) => active.find((neighbourhood) => neighbourhood.id === id)?.name;
  const add = async () => {
    const name = added.name.trim();
    if (name === '') return setErrors({ name: text.empty });
    const existing = sameAs(neighbourhoods, (neighbourhood) => neighbourhood.name, name, null);
    if (existing) return setErrors({ name: text.exists(existing.name) });
    const result = await api.neighbourhood.create({ name, parentId: added.parentId || null, postcodeAreas: areasFrom(added.areas) });
    if (!result.ok) return setErrors({ ...Object.fromEntries(Object.entries(result.error.fields ?? {}).map(([path, message]) => [path.split('.')[0] ?? path, message])), form: result.error.message });
    await act(Promise.resolve(result), text.added(name));
    setAdded({ name: '', parentId: '', areas: '' });
    setErrors({});
  };
  return (
    <>
      <ul className="plain-list list-values" aria-label={text.wijken}>
        {active.map((neighbourhood) => (
          <ValueRow
            key={neighbourhood.id}
            name={neighbourhood.name}
            detail={[neighbourhood.parentId ? text.partOf(nameOf(neighbourhood.parentId) ?? '') : '', neighbourhood.postcodeAreas.join(', ')].filter(Boolean).join(' · ')}
            areas={neighbourhood.postcodeAreas.join(', ')}
            others={active.filter((other) => other.id !== neighbourhood.id).map((other) => ({ value: other.id, label: other.name }))}
            conflict={(typed) => sameAs(neighbourhoods, (candidate) => candidate.name, typed, neighbourhood.id)?.name}
            rename={(name, areas) => act(api.neighbourhood.update({ id: neighbourhood.id, patch: { name, postcodeAreas: areasFrom(areas ?? '') } }), text.renamed(neighbourhood.name, name))}
            merge={(keepId, keepName) => act(api.network.merge({ kind: 'neighbourhood', keepId, dropId: neighbourhood.id }), text.merged(neighbourhood.name, keepName))}
            archive={() => act(api.neighbourhood.archive({ id: neighbourhood.id }), text.archivedMessage(neighbourhood.name))}
          />
        ))}
      </ul>
      <fieldset className="inline-form">
        <legend>{text.newWijk}</legend>
        <TextField name="new-wijk" label={text.name} value={added.name} onChange={(name) => setAdded((current) => ({ ...current, name }))} error={errors.name} />
        <SelectField name="new-wijk-parent" label={text.parent} value={added.parentId} onChange={(parentId) => setAdded((current) => ({ ...current, parentId }))} options={active.map((neighbourhood) => ({ value: neighbourhood.id, label: neighbourhood.name }))} placeholder={text.noParent} />
        <TextField name="new-wijk-areas" label={text.areas} hint={text.areasHint} value={added.areas} onChange={(areas) => setAdded((current) => ({ ...current, areas }))} error={errors.postcodeAreas} />
        <button type="button" className="button-secondary button-small" onClick={() => void add()}>
          {text.add}
        </button>
      </fieldset>
      <ArchivedValues items={neighbourhoods.filter((neighbourhood) => neighbourhood.archivedAt !== null).map((neighbourhood) => ({ id: neighbourhood.id, name: neighbourhood.name }))} restore={(id, name) => act(api.neighbourhood.restore({ id }), text.restored(name))} />
    </>
  );
}

/**
 * One value of a list: its name (and a wijk's postcode areas) to change in
 * place, the value to merge it into, and archiving. A name that another
 * value already has is refused next to the field, with the merge as the way.
 */
function ValueRow({
  name,
  detail,
  areas,
  others,
  conflict,
  rename,
  merge,
  archive,
}: {
  name: string;
  detail?: string;
  areas?: string;
  others: { value: string; label: string }[];
  conflict: (typed: string) => string | undefined;
  rename: (name: string, areas?: string) => Promise<boolean>;
  merge: (keepId: string, keepName: string) => Promise<boolean>;
  archive: () => Promise<boolean>;
}) {
  const [editing, setEditing] = useState(false);
  const [typed, setTyped] = useState(name);
  const [typedAreas, setTypedAreas] = useState(areas ?? '');
  const [into, setInto] = useState('');
  const [error, setError] = useState<string | undefined>();
  const save = async () => {
    const trimmed = typed.trim();
    if (trimmed === '') return setError(text.empty);
    const taken = conflict(trimmed);
    if (taken) return setError(text.existsMerge(taken));
    if (await rename(trimmed, areas === undefined ? undefined : typedAreas)) {
      setEditing(false);
      setError(undefined);
    }
  };
  return (
    <li className="list-value">
      {editing ? (
        <div className="inline-form">
          <TextField name="value-name" label={text.renameLabel(name)} value={typed} onChange={setTyped} error={error} />
          {areas !== undefined && <TextField name="value-areas" label={text.areas} hint={text.areasHint} value={typedAreas} onChange={setTypedAreas} />}
          <button type="button" className="button-secondary button-small" onClick={() => void save()}>
            {strings.form.save}
          </button>
          <button type="button" className="link-button" onClick={() => setEditing(false)}>
            {strings.form.cancel}
          </button>
        </div>
      ) : (
        <p>
          <strong>{name}</strong>
          {detail && <span className="muted"> · {detail}</span>}
        </p>
      )}
      <div className="actions">
        {!editing && (
          <button type="button" className="link-button" aria-label={text.editLabel(name)} onClick={() => setEditing(true)}>
            {text.edit}
          </button>
        )}
        <SelectField name="merge-into" label={text.mergeInto(name)} value={into} onChange={setInto} options={others} placeholder={strings.form.choose} />
        <button type="button" className="button-secondary button-small" aria-label={text.mergeLabel(name)} disabled={into === ''} onClick={() => void merge(into, others.find((other) => other.value === into)?.label ?? '').then((done) => done && setInto(''))}>
          {text.merge}
        </button>
        <button type="button" className="link-button" aria-label={text.archiveLabel(name)} onClick={() => void archive()}>
          {text.archive}
        </button>
      </div>
    </li>
  );
}

function ArchivedValues({ items, restore }: { items: { id: string; name: string }[]; restore: (id: string, name: string) => Promise<boolean> }) {
  if (items.length === 0) return null;
  return (
    <details className="archived-values">
      <summary>{text.archivedCount(items.length)}</summary>
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id}>
            {item.name}{' '}
            <button type="button" className="link-button" aria-label={text.restoreLabel(item.name)} onClick={() => void restore(item.id, item.name)}>
              {text.restore}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
