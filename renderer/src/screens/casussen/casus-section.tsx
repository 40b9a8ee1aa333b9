import type { Route } from '../../routing/use-route';
import { href } from '../../routing/use-route';
import { strings } from '../../strings';
import { CasusBoard } from './casus-board';
import { CasusDetail } from './casus-detail';
import { CasusForm } from './casus-form';
import { CasusList } from './casus-list';
import { CasusReport } from './casus-report';
import { useCasussen } from './use-casussen';

const text = strings.casus;

/** Casussen: `#/casussen` (bord), `/lijst`, `/nieuw`, `/ID`, `/ID/bewerken`. */
export function CasusSection({ route }: { route: Route }) {
  const casussen = useCasussen();
  const [, first, second] = route.parts;
  if (casussen.error) return <p role="alert" className="load-error">{text.loadFailed(casussen.error)}</p>;
  if (!casussen.data) return <p className="loading">{strings.loading}</p>;
  if (first === 'nieuw') return <CasusForm casussen={casussen.data.casussen} />;
  if (first && first !== 'lijst' && first !== 'rapportage') {
    const casus = casussen.data.casussen.find((candidate) => candidate.id === first);
    if (second === 'bewerken' && casus) return <CasusForm casussen={casussen.data.casussen} existing={casus} />;
    // Keyed by casus: what is typed or opened on one page never carries over to the next.
    return <CasusDetail key={first} id={first} data={casussen.data} />;
  }
  const view = first === 'lijst' || first === 'rapportage' ? first : 'bord';
  return (
    <section aria-labelledby="casus-title">
      {/* On paper the report stands alone: no header, tabs or button around it. */}
      <div className="page-header no-print">
        <h1 id="casus-title">{text.title}</h1>
        <a className="button" href={href('casussen', 'nieuw')}>
          {text.add}
        </a>
      </div>
      <nav className="tabs no-print" aria-label={text.title}>
        <a href={href('casussen')} aria-current={view === 'bord' ? 'page' : undefined}>
          {text.board}
        </a>
        <a href={href('casussen', 'lijst')} aria-current={view === 'lijst' ? 'page' : undefined}>
          {text.list}
        </a>
        <a href={href('casussen', 'rapportage')} aria-current={view === 'rapportage' ? 'page' : undefined}>
          {text.reportTab}
        </a>
      </nav>
      {view === 'bord' ? <CasusBoard casussen={casussen.data.casussen} /> : view === 'lijst' ? <CasusList casussen={casussen.data.casussen} /> : <CasusReport />}
    </section>
  );
}
