import { strings } from '../strings';

export function WarmthBadge({ warmth }: { warmth: 'warm' | 'lauw' | 'koud' | null }) {
  return <span className={`badge warmth-${warmth ?? 'none'}`}>{strings.warmth[warmth ?? 'none']}</span>;
}

export function ArchivedBadge() {
  return <span className="badge badge-archived">{strings.addressBook.archivedBadge}</span>;
}

export function TagList({ tags, label }: { tags: readonly string[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}

/** "te laat" on anything whose day has passed. */
export function LateBadge({ dueOn, today }: { dueOn: string; today: string }) {
  return dueOn < today ? <span className="badge badge-late">{strings.logbook.followUps.overdue}</span> : null;
}
