import type { ReactNode } from 'react';
import { href } from '../../routing/use-route';
import type { NetworkIndex } from '../../state/network-data';

/** One finding of the analysis: a titled card with its count, what it means, and its CSV. */
export function FindingCard({ id, title, count, intro, csv, children }: { id: string; title: string; count: number; intro?: string; csv?: ReactNode; children: ReactNode }) {
  return (
    <section className="card finding" aria-labelledby={`${id}-title`}>
      <header className="finding-header">
        <h2 id={`${id}-title`}>
          {title} <span className="count">{count}</span>
        </h2>
        {csv}
      </header>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </section>
  );
}

/** A record in a finding, one click from its page. */
export function RecordLink({ nodeKey, index }: { nodeKey: string; index: NetworkIndex }) {
  const [kind, id] = nodeKey.includes(':') ? (nodeKey.split(':') as [string, string]) : ['organisation', nodeKey];
  if (kind === 'person') return <a href={href('adresboek', 'contactpersonen', id)}>{index.person.get(id)?.name ?? id}</a>;
  return <a href={href('adresboek', 'organisaties', id)}>{index.organisation.get(id)?.name ?? id}</a>;
}

/** Names for the ids in the findings: terms, neighbourhoods, organisations. */
export function namesFrom(index: NetworkIndex) {
  return {
    term: (id: string) => index.term.get(id)?.label ?? id,
    neighbourhood: (id: string | null) => (id ? (index.neighbourhood.get(id)?.name ?? id) : '–'),
    organisationName: (id: string) => index.organisation.get(id)?.name ?? id,
  };
}
