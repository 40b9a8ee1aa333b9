import { buildBundle, type HandoverBundle } from '../../shared/transfer/handover-bundle';
import { logAccess } from './access-log';
import { entityServices } from './entity-services';
import { loadNetwork } from './load-network';
import type { ServiceContext } from './service-context';

/**
 * The handover bundle for a successor, with its file name. Casussen go only
 * when asked, pseudonymised; each one handed over is written to the access
 * log with its pseudonym, so the sender (and only the sender) can tell which
 * casus a successor asks about. The same for the app and the CLI.
 */
export async function exportHandover(context: ServiceContext, options: { neighbourhoodId: string | null; includeCasussen: boolean }): Promise<{ fileName: string; text: string; bundle: HandoverBundle }> {
  const data = await loadNetwork(context);
  const casussen = options.includeCasussen ? await entityServices.casus.list(context, { includeArchived: false }) : [];
  const exportedAt = context.clock.now().toISOString();
  const { bundle, pairings } = buildBundle({ ...data, casussen }, { ...options, exportedAt });
  for (const pairing of pairings) await logAccess(context, 'handover', pairing.casusId, `overdracht: ${pairing.code} gaat mee als ${pairing.pseudonym}`);
  const slug = (bundle.wijk ?? 'netwerk').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { fileName: `overdracht-${slug}-${exportedAt.slice(0, 10)}.json`, text: `${JSON.stringify(bundle, null, 2)}\n`, bundle };
}
