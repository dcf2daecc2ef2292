import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';

import { useNotice } from '../../admin/hooks/use-notice';
import { SuccessNotice } from '../../plans/components/notice';

/**
 * The "Changes saved" notice of a directory record's page. A record just added is shown on its
 * own page, which arrives with the notice.
 */
export function useSavedNotice(listPath: string) {
  const navigate = useNavigate();
  const added = (useLocation().state as { added?: boolean } | null)?.added;
  const { notice, show } = useNotice(added ? (t) => t('accounts.saved') : null);
  function saved(isNew: boolean, id: string) {
    if (isNew) void navigate(`${listPath}/${id}`, { state: { added: true } });
    else show((t) => t('accounts.saved'));
  }
  return { notice, show, saved };
}

/** A directory record's page: its notice, the way back to the list, and its heading. */
export function RecordFrame({
  notice,
  listPath,
  backLabel,
  heading,
  children,
}: {
  notice: string | null;
  listPath: string;
  backLabel: string;
  heading: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      <Link className="govuk-back-link" to={listPath}>
        {backLabel}
      </Link>
      <h1 className="govuk-heading-l">{heading}</h1>
      {children}
    </>
  );
}
