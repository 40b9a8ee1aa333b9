import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { localToday } from '../clock';
import { useSearchEngine } from '../search/search-context';
import { strings } from '../strings';

/** A person or an organisation as a picker shows it. */
export interface Participant {
  kind: 'person' | 'organisation';
  id: string;
  label: string;
}

// Defaults that stay the same between renders, so the choices are not searched again for nothing.
const nothingExcluded: ReadonlySet<string> = new Set();
const peopleAndOrganisations = ['person', 'organisation'] as const;

type Choice = { type: 'existing'; participant: Participant; detail: string } | { type: 'new-person' | 'new-organisation'; name: string };

/**
 * Picks people (and organisations) with the same search as "Wie bel ik?",
 * each shown with its role and organisation. Enter takes the highlighted
 * choice; with `onNew`, the last choices create someone new.
 */
export function RecordPicker({
  label,
  hint,
  error,
  onPick,
  onNew,
  exclude = nothingExcluded,
  kinds = peopleAndOrganisations,
}: {
  label: string;
  hint: string;
  error?: string | undefined;
  onPick: (participant: Participant) => void;
  onNew?: (type: 'new-person' | 'new-organisation', name: string) => void;
  exclude?: ReadonlySet<string>;
  kinds?: readonly ('person' | 'organisation')[];
}) {
  const { engine, version } = useSearchEngine();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const hintId = useId();
  const choices = useMemo<Choice[]>(() => {
    if (text.trim() === '') return [];
    const found = engine
      .search(text, { today: localToday(), limit: 8, kinds: [...kinds] })
      .results.filter((result) => !result.document.archived && !exclude.has(`${result.document.kind}:${result.document.id}`))
      .slice(0, 6)
      .map<Choice>((result) => ({ type: 'existing', participant: { kind: result.document.kind as 'person' | 'organisation', id: result.document.id, label: result.document.label }, detail: result.document.detail }));
    return onNew ? [...found, { type: 'new-person', name: text.trim() }, { type: 'new-organisation', name: text.trim() }] : found;
  }, [engine, version, text, exclude, kinds, onNew]);

  const choose = (choice: Choice | undefined) => {
    if (!choice) return;
    if (choice.type === 'existing') onPick(choice.participant);
    else onNew?.(choice.type, choice.name);
    setText('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (choices.length > 0) setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : choices.length - 1)) % choices.length);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && choices.length > 0) {
      event.preventDefault();
      choose(choices[active]);
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      setText('');
    }
  };

  const optionId = (index: number) => `${listId}-${index}`;
  return (
    <div className={`picker field field-wide${error ? ' has-error' : ''}`}>
      <label htmlFor={`${listId}-input`}>{label}</label>
      <input
        id={`${listId}-input`}
        role="combobox"
        aria-expanded={choices.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={choices.length > 0 ? optionId(active) : undefined}
        aria-describedby={error ? `${hintId}-error ${hintId}` : hintId}
        aria-invalid={error ? true : undefined}
        value={text}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p id={`${hintId}-error`} className="field-error">
          {error}
        </p>
      )}
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      {choices.length > 0 && (
        <ul id={listId} role="listbox" className="picker-options" aria-label={label}>
          {choices.map((choice, index) => (
            <li
              key={choice.type === 'existing' ? choice.participant.id : choice.type}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(choice);
              }}
            >
              {choice.type === 'existing' ? (
                <>
                  <span className={`kind-badge kind-${choice.participant.kind}`}>{strings.search.kinds[choice.participant.kind]}</span> {choice.participant.label}
                  {choice.detail && <span className="muted"> · {choice.detail}</span>}
                </>
              ) : choice.type === 'new-person' ? (
                <strong>+ {strings.logbook.newPersonOption(choice.name)}</strong>
              ) : (
                <strong>+ {strings.logbook.newOrganisationOption(choice.name)}</strong>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
