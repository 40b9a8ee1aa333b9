import { useEffect, useMemo, useState } from 'react';
import { cyclingOrder, ROUND_SIZE, type DueVisit } from '../../../../shared/analysis/due-visits';
import { localToday } from '../../clock';
import { FilterSelect } from '../../components/filter-select';
import { PhoneNumber } from '../../components/phone-number';
import { neighbourhoodOptions } from '../../components/options';
import { href, navigate, type Route } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { strings } from '../../strings';
import { formatDate } from '../../strings/dutch';
import { LateBadge } from '../../components/badges';

const text = strings.logbook.round;

/**
 * "Tijd voor een bezoek" and the round planner: a wijk's organisations past
 * due, most overdue first; the ten first ticked; the round in cycling order
 * to print or read on a phone; then the logbook opens with these visits.
 */
export function RoundPlanner({ route }: { route: Route }) {
  const { api, data, index } = useLoadedNetwork();
  const { notify } = useNotices();
  const [neighbourhoodId, setNeighbourhoodId] = useState(route.query.get('wijk') ?? data.neighbourhoods.find((neighbourhood) => neighbourhood.archivedAt === null)?.id ?? '');
  const [due, setDue] = useState<DueVisit[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const today = localToday();
  useEffect(() => {
    let current = true;
    setDue(null);
    void api.visits.due({ today, neighbourhoodId: neighbourhoodId || null }).then((result) => {
      if (!current) return;
      if (!result.ok) return notify(result.error.message, { tone: 'error' });
      setDue(result.value);
      setChosen(new Set(result.value.slice(0, ROUND_SIZE).map((visit) => visit.organisationId)));
    });
    return () => {
      current = false;
    };
  }, [api, notify, today, neighbourhoodId, data]);
  const round = useMemo(() => cyclingOrder((due ?? []).filter((visit) => chosen.has(visit.organisationId))), [due, chosen]);
  const wijk = index.neighbourhood.get(neighbourhoodId)?.name ?? text.allWijken;
  const toggle = (organisationId: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(organisationId);
      else next.delete(organisationId);
      return next;
    });
  const logRound = () => {
    const stops = round.map((visit) => `${visit.organisationId}${visit.askFor ? `~${visit.askFor.personId}` : ''}`);
    navigate(`${href('logboek')}?ronde=${stops.join(',')}`);
  };
  return (
    <div className="round-planner">
      <a className="back-link no-print" href={href('logboek')}>
        ← {strings.logbook.title}
      </a>
      <div className="page-header no-print">
        <h1>{text.title}</h1>
      </div>
      <p className="muted no-print">{text.intro}</p>
      <div className="filter-bar no-print">
        <FilterSelect id="round-wijk" label={text.wijk} value={neighbourhoodId} options={neighbourhoodOptions(data)} onChange={setNeighbourhoodId} />
      </div>
      <section className="card no-print" aria-labelledby="due-title">
        <h2 id="due-title">
          {text.due} <span className="count">{due?.length ?? 0}</span>
        </h2>
        {due === null ? (
          <p className="muted" role="status">
            {strings.loading}
          </p>
        ) : due.length === 0 ? (
          <p className="empty-note">{text.nobodyDue(wijk)}</p>
        ) : (
          <ol className="due-list">
            {due.map((visit) => (
              <li key={visit.organisationId}>
                <label className="checkbox-row">
                  <input type="checkbox" checked={chosen.has(visit.organisationId)} onChange={(event) => toggle(visit.organisationId, event.target.checked)} />
                  <span>
                    <strong>{visit.name}</strong>
                    {visit.reasons.map((reason) => (
                      <span key={reason} className={`badge reason-${reason}`}>
                        {text.reasons[reason]}
                      </span>
                    ))}
                    {visit.outsideWijk && <span className="badge badge-outside">{text.outsideWijk}</span>}{' '}
                    <span className="muted">· {visit.lastContact ? `${text.overdue(visit.daysOverdue, visit.rhythmMonths)} · ${text.lastSeen(formatDate(visit.lastContact))}` : text.neverSeen}</span>
                  </span>
                </label>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card round-sheet" aria-labelledby="round-title">
        <h2 id="round-title">{text.sheetTitle(wijk, formatDate(today), round.length)}</h2>
        <ol className="round-stops">
          {round.map((visit) => (
            <li key={visit.organisationId}>
              <strong>{visit.name}</strong>
              {visit.outsideWijk && <span className="badge badge-outside">{text.outsideWijk}</span>}
              <div>{[visit.address, visit.postcode].filter(Boolean).join(', ') || text.noAddress}</div>
              <div>
                {visit.askFor ? (
                  <>
                    {text.askFor(visit.askFor.name)} {visit.askFor.phone && <PhoneNumber e164={visit.askFor.phone} isMobile={visit.askFor.mobile} whose={visit.askFor.name} />}
                  </>
                ) : (
                  text.nobodyKnown
                )}
              </div>
              {visit.openTasks.map((task) => (
                <div key={task.id} className="muted">
                  {text.openTask(task.note || task.kind, formatDate(task.dueOn))}
                  <LateBadge dueOn={task.dueOn} today={today} />
                </div>
              ))}
            </li>
          ))}
        </ol>
        <div className="actions no-print">
          <button type="button" className="button" disabled={round.length === 0} onClick={logRound}>
            {text.logRound}
          </button>
          <button type="button" className="button-secondary" disabled={round.length === 0} onClick={() => window.print()}>
            {text.print}
          </button>
        </div>
      </section>
    </div>
  );
}
