import { strings } from '../strings';

export type ComingSoonSection = 'instellingen';

/** A section that later work fills: it says what will come here, never a blank page. */
export function ComingSoon({ section }: { section: ComingSoonSection }) {
  const text = strings.comingSoon[section];
  return (
    <section className="coming-soon" aria-labelledby="coming-soon-title">
      <h1 id="coming-soon-title">{text.title}</h1>
      <p className="lead">{text.text}</p>
      <p className="badge badge-soon">{strings.comingSoon.soon}</p>
    </section>
  );
}
