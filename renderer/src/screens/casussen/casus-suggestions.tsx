import { useState } from 'react';
import type { MatchSuggestion } from '../../../../shared/casus/suggest-matches';
import type { Casus } from '../../../../shared/domain/casus';
import { localToday } from '../../clock';
import { LoadError } from '../../components/load-error';
import { PhoneNumber } from '../../components/phone-number';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { useApiQuery } from '../../state/use-api-query';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';
import { HandoverForm } from './handover-form';

const text = strings.casus.detail;

/** Offers that fit the casus, each with whom to call and why, and the warm handover in two clicks. */
export function CasusSuggestions({ casus, collapsed = false }: { casus: Casus; collapsed?: boolean }) {
  const { api, index } = useLoadedNetwork();
  const change = useUndoableAction();
  const [handingOver, setHandingOver] = useState<MatchSuggestion | null>(null);
  // Again whenever the casus changes (a handover, an undo): what is suggested depends on what was tried.
  const suggestionQuery = useApiQuery(() => api.casus.suggestMatches({ id: casus.id, today: localToday(), limit: 8 }), [api, casus]);
  const suggestions = suggestionQuery.value;
  const offerOf = (offerId: string | null) => (offerId ? index.offer.get(offerId) : undefined);
  const list = (
    <>
      {suggestionQuery.error ? (
        <LoadError error={suggestionQuery.error} />
      ) : suggestions === null ? (
        <p className="loading">{strings.loading}</p>
      ) : suggestions.length === 0 ? (
        <p className="muted">{text.noSuggestions}</p>
      ) : (
        <ol className="suggestion-list">
          {suggestions.map((suggestion) => {
            const offer = offerOf(suggestion.offerId);
            const person = suggestion.personId ? index.person.get(suggestion.personId) : undefined;
            const phone = person?.phones[0];
            return (
              <li key={suggestion.offerId} className="card suggestion">
                <p className="result-title">
                  <a href={href('adresboek', 'aanbod', suggestion.offerId)}>{offer?.title}</a> · {index.organisation.get(suggestion.organisationId)?.name}
                </p>
                {person && (
                  <p>
                    {text.call(person.name)} {phone && <PhoneNumber e164={phone.number} isMobile={phone.number.startsWith('+316')} />}
                  </p>
                )}
                <p className="muted why">{suggestion.reasons.join(' · ')}</p>
                {handingOver?.offerId === suggestion.offerId ? (
                  <HandoverForm
                    title={text.handoverTitle(offer?.title ?? '')}
                    defaultChannel={person?.preferredChannel ?? 'bellen'}
                    onCancel={() => setHandingOver(null)}
                    onSave={async (channel, handoverOn) => {
                      await change(api.casus.recordHandover({ casusId: casus.id, offerId: suggestion.offerId, personId: suggestion.personId, handoverOn, channel }), text.handedOver(casus.code));
                      setHandingOver(null);
                    }}
                  />
                ) : (
                  <button type="button" className="button-secondary" onClick={() => setHandingOver(suggestion)}>
                    {text.handover}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
  if (collapsed) {
    return (
      <section aria-labelledby="suggestions-title">
        <details className="more-suggestions">
          <summary>
            <h2 id="suggestions-title">{text.moreSuggestions}</h2>
          </summary>
          <p className="muted">{text.moreSuggestionsIntro}</p>
          {list}
        </details>
      </section>
    );
  }
  return (
    <section aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{text.suggestions}</h2>
      {list}
    </section>
  );
}
