// Child process for the durability test: writes in a loop and reports each
// write on stdout only after its transaction has committed.
import { fixedClock } from '../../shared/dates/clock';
import { openDatabase } from '../../electron/database/open-database';
import { entityServices } from '../../electron/services/entity-services';
import { createServiceContext } from '../../electron/services/service-context';

const [file, label] = process.argv.slice(2);
if (!file || !label) throw new Error('usage: writer-child FILE LABEL');
const network = await openDatabase(file);
const context = createServiceContext(network.db, 'durability-test', fixedClock('2026-11-23T10:00:00Z'));
for (let index = 0; ; index++) {
  const organisation = await entityServices.organisation.create(context, {
    name: `Organisatie ${label}-${index}`,
    kindId: 'kind-welzijn',
    description: 'x'.repeat(200 + (index % 7) * 300),
    tags: [`ronde-${label}`],
  });
  process.stdout.write(`${organisation.id}\n`);
}
