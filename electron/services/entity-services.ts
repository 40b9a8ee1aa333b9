import { affiliationDefaults, affiliationProblems } from '../../shared/domain/affiliation';
import { casusDefaults, casusProblems } from '../../shared/domain/casus';
import { casusFollowUpDefaults } from '../../shared/domain/casus-follow-up';
import { casusMatchDefaults, casusMatchProblems } from '../../shared/domain/casus-match';
import { logEntryDefaults } from '../../shared/domain/log-entry';
import { neighbourhoodDefaults } from '../../shared/domain/neighbourhood';
import { neighbourhoodCycles } from './neighbourhood-cycles';
import { offerDefaults } from '../../shared/domain/offer';
import { organisationDefaults } from '../../shared/domain/organisation';
import { personDefaults } from '../../shared/domain/person';
import { taxonomyTermDefaults } from '../../shared/domain/taxonomy-term';
import { tieDefaults, tieProblems } from '../../shared/domain/tie';
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
  neighbourhood: createEntityService(neighbourhoodRepository, { defaults: neighbourhoodDefaults, problemsAfterWrite: neighbourhoodCycles }),
  taxonomyTerm: createEntityService(taxonomyTermRepository, { defaults: taxonomyTermDefaults }),
  organisation: createEntityService(organisationRepository, { defaults: organisationDefaults }),
  person: createEntityService(personRepository, { defaults: personDefaults }),
  affiliation: createEntityService(affiliationRepository, { defaults: affiliationDefaults, problems: affiliationProblems }),
  offer: createEntityService(offerRepository, { defaults: offerDefaults }),
  tie: createEntityService(tieRepository, { defaults: tieDefaults, problems: tieProblems }),
  logEntry: createEntityService(logEntryRepository, { defaults: logEntryDefaults }),
  casus: createEntityService(casusRepository, { defaults: casusDefaults, problems: casusProblems }),
  casusMatch: createEntityService(casusMatchRepository, { defaults: casusMatchDefaults, problems: casusMatchProblems }),
  casusFollowUp: createEntityService(casusFollowUpRepository, { defaults: casusFollowUpDefaults }),
};
