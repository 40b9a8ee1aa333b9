import { useId, useState, type SyntheticEvent } from 'react';
import type { MapView, MapViewFields } from '../../../../shared/domain/map-view';
import type { Presentation } from '../../../../shared/domain/presentation';
import { TextArea, TextField } from '../../components/form-fields';
import { useLoadedNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { useUndoableAction } from '../../state/use-undoable-action';
import { defaultFieldFor } from '../../state/use-save-form';
import { strings } from '../../strings';
import { personNamedIn, stepsOf } from './saved-views';
import type { Paper } from './use-cytoscape-map';

const text = strings.network.views;

interface Props {
  /** The map as it is now, as the fields of a view; null before the map is there. */
  currentView: () => Omit<MapViewFields, 'title' | 'caption'> | null;
  onShow: (view: MapView) => void;
  onPresent: (presentation: Presentation) => void;
  onPrint: (presentation: Presentation, paper: Paper) => void;
}

/**
 * Preparing a meeting beside the map: the map as it is now saved as a view
 * with a caption, views put in order as the steps of a presentation, and a
 * presentation started or printed one page per step. Every change is one
 * undoable step; a view or presentation removed is archived, never lost.
 */
export function SavedViewsPanel({ currentView, onShow, onPresent, onPrint }: Props) {
  const { data } = useLoadedNetwork();
  const views = data.mapViews.filter((view) => view.archivedAt === null);
  const presentations = data.presentations.filter((presentation) => presentation.archivedAt === null);
  const headingId = useId();
  return (
    <section className="card saved-views no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.title}</h2>
      <h3>{text.presentations}</h3>
      {presentations.length === 0 ? (
        <p className="muted">{text.noPresentations}</p>
      ) : (
        <ul className="saved-list">
          {presentations.map((presentation) => (
            <PresentationItem key={presentation.id} presentation={presentation} views={views} onPresent={onPresent} onPrint={onPrint} />
          ))}
        </ul>
      )}
      <h3>{text.newPresentation}</h3>
      <NewPresentationForm />
      <h3>{text.savedViews}</h3>
      {views.length === 0 ? (
        <p className="muted">{text.noViews}</p>
      ) : (
        <ul className="saved-list">
          {views.map((view) => (
            <ViewItem key={view.id} view={view} onShow={onShow} currentView={currentView} />
          ))}
        </ul>
      )}
      <h3>{text.saveHeading}</h3>
      <ViewForm view={null} currentView={currentView} />
    </section>
  );
}

function ViewItem({ view, onShow, currentView }: { view: MapView; onShow: (view: MapView) => void; currentView: Props['currentView'] }) {
  const { api } = useLoadedNetwork();
  const act = useUndoableAction();
  return (
    <li>
      <p className="saved-title">{view.title}</p>
      <div className="saved-actions">
        <button type="button" className="button-secondary" onClick={() => onShow(view)} aria-label={text.showLabel(view.title)}>
          {text.show}
        </button>
        <button type="button" className="link-button" onClick={() => void act(api.mapView.archive({ id: view.id }), text.removedView(view.title))} aria-label={text.removeViewLabel(view.title)}>
          {text.remove}
        </button>
      </div>
      <details>
        <summary aria-label={text.editLabel(view.title)}>{text.edit}</summary>
        <ViewForm view={view} currentView={currentView} />
      </details>
    </li>
  );
}

function PresentationItem({ presentation, views, onPresent, onPrint }: { presentation: Presentation; views: readonly MapView[]; onPresent: (presentation: Presentation) => void; onPrint: (presentation: Presentation, paper: Paper) => void }) {
  const { api } = useLoadedNetwork();
  const act = useUndoableAction();
  const [adding, setAdding] = useState('');
  const addId = useId();
  const steps = stepsOf(presentation, views);
  const setSteps = (mapViewIds: string[]) => void act(api.presentation.update({ id: presentation.id, patch: { mapViewIds } }), text.stepsChanged(presentation.title));
  const ids = steps.map((step) => step.id);
  const moved = (from: number, to: number) => {
    const next = [...ids];
    const [step] = next.splice(from, 1);
    if (step !== undefined) next.splice(to, 0, step);
    return next;
  };
  const addable = views.filter((view) => !ids.includes(view.id));
  return (
    <li>
      <p className="saved-title">
        {presentation.title} <span className="muted">· {text.stepCount(steps.length)}</span>
      </p>
      <div className="saved-actions">
        <button type="button" className="button" disabled={steps.length === 0} onClick={() => onPresent(presentation)} aria-label={text.presentLabel(presentation.title)}>
          {text.present}
        </button>
        {(['A4', 'A3'] as const).map((paper) => (
          <button key={paper} type="button" className="button-secondary" disabled={steps.length === 0} onClick={() => onPrint(presentation, paper)} aria-label={text.printStepsLabel(paper, presentation.title)}>
            {text.printSteps(paper)}
          </button>
        ))}
      </div>
      <details>
        <summary>{text.editSteps}</summary>
        {steps.length === 0 ? (
          <p className="muted">{text.emptyPresentation}</p>
        ) : (
          <ol className="saved-steps">
            {steps.map((step, index) => (
              <li key={step.id}>
                <span>{step.title}</span>
                <span className="saved-step-actions">
                  <button type="button" className="button-secondary" disabled={index === 0} onClick={() => setSteps(moved(index, index - 1))} aria-label={text.moveUp(step.title)} title={text.moveUp(step.title)}>
                    ↑
                  </button>
                  <button type="button" className="button-secondary" disabled={index === steps.length - 1} onClick={() => setSteps(moved(index, index + 1))} aria-label={text.moveDown(step.title)} title={text.moveDown(step.title)}>
                    ↓
                  </button>
                  <button type="button" className="button-secondary" onClick={() => setSteps(ids.filter((id) => id !== step.id))} aria-label={text.removeStep(step.title)} title={text.removeStep(step.title)}>
                    ✕
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}
        {addable.length > 0 && (
          <div className="field">
            <label htmlFor={addId}>{text.addStep}</label>
            <select id={addId} value={adding} onChange={(event) => setAdding(event.target.value)}>
              <option value="">{text.chooseView}</option>
              {addable.map((view) => (
                <option key={view.id} value={view.id}>
                  {view.title}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button-secondary"
              disabled={adding === ''}
              onClick={() => {
                setSteps([...ids, adding]);
                setAdding('');
              }}
            >
              {text.add}
            </button>
          </div>
        )}
        <button type="button" className="link-button" onClick={() => void act(api.presentation.archive({ id: presentation.id }), text.removedPresentation(presentation.title))} aria-label={text.removePresentationLabel(presentation.title)}>
          {text.removePresentation}
        </button>
      </details>
    </li>
  );
}

/** Saving a titled record: what the API refused said next to its field, other problems as a message, success with undo. */
function useTitledSave() {
  const { notify } = useNotices();
  const { refresh } = useLoadedNetwork();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = async (work: Promise<{ ok: true } | { ok: false; error: { message: string; fields?: Record<string, string> | undefined } }>, message: string): Promise<boolean> => {
    const result = await work;
    if (!result.ok) {
      const fields = Object.fromEntries(Object.entries(result.error.fields ?? {}).map(([path, fieldMessage]) => [defaultFieldFor(path), fieldMessage]));
      setErrors(fields);
      if (Object.keys(fields).length === 0) notify(result.error.message, { tone: 'error' });
      return false;
    }
    setErrors({});
    await refresh();
    notify(message, { undoable: true });
    return true;
  };
  return { errors, setErrors, run };
}

function NewPresentationForm() {
  const { api } = useLoadedNetwork();
  const [title, setTitle] = useState('');
  const { errors, setErrors, run } = useTitledSave();
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (title.trim() === '') return setErrors({ title: text.presentationTitleMissing });
    if (await run(api.presentation.create({ title }), text.created(title.trim()))) setTitle('');
  };
  return (
    <form className="saved-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField name="presentationTitle" label={text.presentationTitle} value={title} onChange={setTitle} error={errors.title} required />
      <button type="submit" className="button-secondary">
        {text.create}
      </button>
    </form>
  );
}

/**
 * A new view of the map as it is now (`view` null), or a saved one's title
 * and caption changed, and, when she asks, its map replaced by the map as
 * it is now. A title or caption that names a person is refused: the room
 * would read it.
 */
function ViewForm({ view, currentView }: { view: MapView | null; currentView: Props['currentView'] }) {
  const { api, data } = useLoadedNetwork();
  const [title, setTitle] = useState(view?.title ?? '');
  const [caption, setCaption] = useState(view?.caption ?? '');
  const [takeMap, setTakeMap] = useState(false);
  const { errors, setErrors, run } = useTitledSave();
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (title.trim() === '') return setErrors({ title: text.viewTitleMissing });
    const named = { title: personNamedIn(title, data.persons), caption: personNamedIn(caption, data.persons) };
    if (named.title || named.caption) return setErrors(Object.fromEntries(Object.entries(named).flatMap(([field, name]) => (name ? [[field, text.namesPerson(name)]] : []))));
    const map = view === null || takeMap ? currentView() : {};
    if (!map) return;
    if (view) {
      if (await run(api.mapView.update({ id: view.id, patch: { ...map, title, caption } }), text.changed(title.trim()))) setTakeMap(false);
    } else if (await run(api.mapView.create({ ...map, title, caption }), text.saved(title.trim()))) {
      setTitle('');
      setCaption('');
    }
  };
  return (
    <form className="saved-form" onSubmit={(event) => void submit(event)} noValidate aria-label={view ? text.editLabel(view.title) : text.saveHeading}>
      <TextField name="viewTitle" label={text.viewTitle} value={title} onChange={setTitle} error={errors.title} required />
      <TextArea name="viewCaption" label={text.caption} hint={text.captionHint} value={caption} onChange={setCaption} error={errors.caption} />
      {view && (
        <label className="checkbox">
          <input type="checkbox" checked={takeMap} onChange={(event) => setTakeMap(event.target.checked)} />
          {text.takeMap}
        </label>
      )}
      <button type="submit" className="button-secondary">
        {view ? text.saveChanges : text.save}
      </button>
    </form>
  );
}
