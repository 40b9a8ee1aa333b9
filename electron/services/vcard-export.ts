import { vcardText } from '../../shared/export/vcard-text';
import { entityServices } from './entity-services';
import type { ServiceContext } from './service-context';

/**
 * vCards of some persons (or every active one): to put the network on a
 * phone. Each with their first current organisation and role.
 */
export async function exportVcards(context: ServiceContext, ids?: readonly string[]): Promise<{ text: string; count: number }> {
  const [persons, affiliations, organisations] = await Promise.all([
    entityServices.person.list(context, { includeArchived: false }),
    entityServices.affiliation.list(context, { includeArchived: false }),
    entityServices.organisation.list(context, { includeArchived: true }),
  ]);
  const wanted = ids ? new Set(ids) : null;
  const organisationName = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  // A person's first current role, looked up once per person instead of searching every affiliation.
  const firstAffiliation = new Map<string, (typeof affiliations)[number]>();
  for (const affiliation of affiliations) if (!firstAffiliation.has(affiliation.personId)) firstAffiliation.set(affiliation.personId, affiliation);
  const contacts = persons
    .filter((person) => !wanted || wanted.has(person.id))
    .map((person) => {
      const affiliation = firstAffiliation.get(person.id);
      return { person, organisation: affiliation ? (organisationName.get(affiliation.organisationId) ?? null) : null, role: affiliation?.role ?? '' };
    });
  return { text: vcardText(contacts), count: contacts.length };
}
