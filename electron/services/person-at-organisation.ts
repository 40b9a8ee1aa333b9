import { present } from '../../shared/invariants/present';
import { AppError } from '../../shared/contract/result';
import type { Affiliation } from '../../shared/domain/affiliation';
import type { Person, PersonFields } from '../../shared/domain/person';
import { runChange } from '../changes/run-change';
import { readRecords } from '../repositories/entity-repository';
import { affiliationRepository } from '../repositories/affiliation-repository';
import { personRepository } from '../repositories/person-repository';
import { entityServices } from './entity-services';
import type { ServiceContext } from './service-context';

/**
 * Adds a new person to an organisation with their role, as one change set:
 * one undo removes both, never a person without the reason they were added.
 */
export async function createPersonAtOrganisation(
  context: ServiceContext,
  input: { person: Partial<PersonFields>; organisationId: string; role: string },
): Promise<{ person: Person; affiliation: Affiliation }> {
  const at = context.clock.now().toISOString();
  const personId = context.newId();
  const organisation = await context.db.selectFrom('organisation').select('name').where('id', '=', input.organisationId).executeTakeFirst();
  if (!organisation) throw new AppError('INVALID_INPUT', `Onbekende organisatie "${input.organisationId}".`, 'organisationId');
  const { result } = await runChange(
    context.db,
    at,
    { actor: context.actor, action: 'create', summary: `Contactpersoon '${input.person.name ?? ''}' toegevoegd aan '${organisation.name}'`, entityKind: 'person', entityId: personId },
    async (recorder) => {
      await entityServices.person.createMany(context, recorder, [{ ...input.person, id: personId }]);
      const [affiliationId] = await entityServices.affiliation.createMany(context, recorder, [{ personId, organisationId: input.organisationId, role: input.role }]);
      const [person] = await readRecords(recorder.trx, personRepository, [personId], true);
      const [affiliation] = await readRecords(recorder.trx, affiliationRepository, [present(affiliationId, 'the new role')], true);
      return { person: present(person, 'the new person'), affiliation: present(affiliation, 'the new role') };
    },
  );
  return result;
}
