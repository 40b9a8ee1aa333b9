import type { ReactNode } from 'react';
import type { Result } from '../../../../shared/contract/result';
import { ArchivedBadge } from '../../components/badges';
import { formatDate } from '../../strings/dutch';
import { href } from '../../routing/use-route';
import { strings } from '../../strings';
import { ArchiveToggle } from './record-actions';

interface Props {
  list: 'organisaties' | 'contactpersonen' | 'aanbod';
  id: string;
  title: string;
  eyebrow: ReactNode;
  /** A status worth saying ("inactief", "gepauzeerd"). */
  status?: string | null;
  archivedAt: string | null;
  archive: () => Promise<Result<unknown>>;
  restore: () => Promise<Result<unknown>>;
  /** Actions beyond edit and archive. */
  children?: ReactNode;
}

/** The top of every detail page: back to the list, the name, and what can be done with it. */
export function DetailHeader({ list, id, title, eyebrow, status, archivedAt, archive, restore, children }: Props) {
  return (
    <>
      <a className="back-link" href={href('adresboek', list)}>
        ← {strings.detail.back}
      </a>
      <header className="detail-header">
        <div>
          <p className="eyebrow">{eyebrow}</p>
          <h1 id="detail-title">
            {title}
            {archivedAt && (
              <>
                {' '}
                <ArchivedBadge />
              </>
            )}
          </h1>
          {status && <p className="badge">{status}</p>}
        </div>
        <div className="actions">
          <a className="button" href={href('adresboek', list, id, 'bewerken')}>
            {strings.detail.edit}
          </a>
          {children}
          <ArchiveToggle name={title} archivedAt={archivedAt} archive={archive} restore={restore} />
        </div>
      </header>
      {archivedAt && <p className="archived-note">{strings.detail.archivedOn(formatDate(archivedAt))}</p>}
    </>
  );
}
