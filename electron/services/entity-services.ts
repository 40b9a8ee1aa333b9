import { affiliationFields, affiliationDefaults, affiliationProblems } from '../../shared/domain/affiliation';
import { casusFields, casusDefaults, casusProblems } from '../../shared/domain/casus';
import { casusFollowUpFields, casusFollowUpDefaults } from '../../shared/domain/casus-follow-up';
import { casusMatchFields, casusMatchDefaults, casusMatchProblems } from '../../shared/domain/casus-match';
import { logEntryFields, logEntryDefaults } from '../../shared/domain/log-entry';
import { neighbourhoodFields, neighbourhoodDefaults } from '../../shared/domain/neighbourhood';
import { neighbourhoodCycles } from './neighbourhood-cycles';
import { offerFields, offerDefaults } from '../../shared/domain/offer';
import { organisationFields, organisationDefaults } from '../../shared/domain/organisation';
import { personFields, personDefaults } from '../../shared/domain/person';
import { taxonomyTermFields, taxonomyTermDefaults } from '../../shared/domain/taxonomy-term';
import { tieFields, tieDefaults, tieProblems } from '../../shared/domain/tie';
import { affiliationRepository } from '../repositories/affiliation-repository';
import { casusFollowUpRepository } from '../repositories/casus-follow-up-repository';
import { casusMatchRepository } from '../repositories/casus-match-repository';
import { casusRepository } from '../repositories/casus-repository';
import { logEntryRepository } from '../repositories/log-entry-repository';
import { neighbourhoodRepository } from '../repositories/neighbourhood-repository';
import { offerRepository } from '../repositories/offer-repository';
import { organisationRepository } from '../repositories/organisation-repository';
import { personRepository } from '../repositories/person-repository';
import { taxonomyTermRepository } from '../repositories/taxonomy-term-repository';
import { tieRepository } from '../repositories/tie-repository';
import { createEntityService } from './entity-service';

/** One service per entity of the domain model, keyed as the API names them. */
export const entityServices = {
  neighbourhood: createEntityService(neighbourhoodRepository, { schema: neighbourhoodFields, defaults: neighbourhoodDefaults, problemsAfterWrite: neighbourhoodCycles }),
  taxonomyTerm: createEntityService(taxonomyTermRepository, { schema: taxonomyTermFields, defaults: taxonomyTermDefaults }),
  organisation: createEntityService(organisationRepository, { schema: organisationFields, defaults: organisationDefaults }),
  person: createEntityService(personRepository, { schema: personFields, defaults: personDefaults }),
  affiliation: createEntityService(affiliationRepository, { schema: affiliationFields, defaults: affiliationDefaults, problems: affiliationProblems }),
  offer: createEntityService(offerRepository, { schema: offerFields, defaults: offerDefaults }),
  tie: createEntityService(tieRepository, { schema: tieFields, defaults: tieDefaults, problems: tieProblems }),
  logEntry: createEntityService(logEntryRepository, { schema: logEntryFields, defaults: logEntryDefaults }),
  casus: createEntityService(casusRepository, { schema: casusFields, defaults: casusDefaults, problems: casusProblems }),
  casusMatch: createEntityService(casusMatchRepository, { schema: casusMatchFields, defaults: casusMatchDefaults, problems: casusMatchProblems }),
  casusFollowUp: createEntityService(casusFollowUpRepository, { schema: casusFollowUpFields, defaults: casusFollowUpDefaults }),
};
