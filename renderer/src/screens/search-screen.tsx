import { SearchPanel } from '../search/search-panel';
import { strings } from '../strings';

/** Zoeken: "Wie bel ik?" with the whole screen for the answers. */
export function SearchScreen() {
  return (
    <section className="search-screen" aria-labelledby="search-title">
      <h1 id="search-title">{strings.search.title}</h1>
      <p className="lead">{strings.search.intro}</p>
      <SearchPanel />
    </section>
  );
}
