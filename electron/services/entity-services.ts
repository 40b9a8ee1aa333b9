import type { z } from 'zod';
import { entityRegistry } from '../../shared/domain/entity-registry';
import type { EntityKind } from '../../shared/domain/record';
import { affiliationProblems } from '../../shared/domain/affiliation';
import { casusProblems } from '../../shared/domain/casus';
import { casusFollowUpProblems } from '../../shared/domain/casus-follow-up';
import { casusMatchProblems } from '../../shared/domain/casus-match';
import { neighbourhoodCycles } from './neighbourhood-cycles';
import { tieProblems } from '../../shared/domain/tie';
import { affiliationRepository } from '../repositories/affiliation-repository';
import { casusFollowUpRepository } from '../repositories/casus-follow-up-repository';
import { taskRepository } from '../repositories/task-repository';
import { meetingRepository } from '../repositories/meeting-repository';
import { requestReplyRepository, requestRepository } from '../repositories/request-repository';
import { requestReplyProblems } from '../../shared/domain/request';
import { mapViewRepository } from '../repositories/map-view-repository';
import { presentationRepository } from '../repositories/presentation-repository';
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

/** A kind's schema and create defaults, as its entry in the entity registry names them. */
function rulesOf<Kind extends EntityKind>(kind: Kind): { schema: z.ZodObject; defaults: (typeof entityRegistry)[Kind]['schemas']['defaults'] } {
  const { fields, defaults } = entityRegistry[kind].schemas;
  return { schema: fields, defaults };
}

/** One service per entity of the domain model, keyed as the API names them. */
export const entityServices = {
  neighbourhood: createEntityService(neighbourhoodRepository, { ...rulesOf('neighbourhood'), problemsAfterWrite: neighbourhoodCycles }),
  taxonomyTerm: createEntityService(taxonomyTermRepository, rulesOf('taxonomyTerm')),
  organisation: createEntityService(organisationRepository, rulesOf('organisation')),
  person: createEntityService(personRepository, rulesOf('person')),
  affiliation: createEntityService(affiliationRepository, { ...rulesOf('affiliation'), problems: affiliationProblems }),
  offer: createEntityService(offerRepository, rulesOf('offer')),
  tie: createEntityService(tieRepository, { ...rulesOf('tie'), problems: tieProblems }),
  logEntry: createEntityService(logEntryRepository, rulesOf('logEntry')),
  casus: createEntityService(casusRepository, { ...rulesOf('casus'), problems: casusProblems }),
  casusMatch: createEntityService(casusMatchRepository, { ...rulesOf('casusMatch'), problems: casusMatchProblems }),
  meeting: createEntityService(meetingRepository, rulesOf('meeting')),
  request: createEntityService(requestRepository, rulesOf('request')),
  requestReply: createEntityService(requestReplyRepository, { ...rulesOf('requestReply'), problems: requestReplyProblems }),
  task: createEntityService(taskRepository, rulesOf('task')),
  mapView: createEntityService(mapViewRepository, rulesOf('mapView')),
  presentation: createEntityService(presentationRepository, rulesOf('presentation')),
  casusFollowUp: createEntityService(casusFollowUpRepository, { ...rulesOf('casusFollowUp'), problems: casusFollowUpProblems }),
};
