import { useTranslation } from 'react-i18next';

import type { PublicationFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';

/** How a publication is named and dated in the publishing screens, in either language. */
export function usePublicationLabels() {
  const { t } = useTranslation();
  const language = useLanguage();
  return {
    report: (
      report: Pick<PublicationFieldsFragment['report'], 'audience' | 'edition' | 'reportingPeriod'>,
    ) =>
      t('publications.start.option', {
        period: report.reportingPeriod.label,
        audience: t(`publications.audiences.${report.audience}`),
        edition: report.edition,
      }),
    state: (
      publication: Pick<PublicationFieldsFragment, 'state' | 'publishedAt' | 'withdrawnAt'>,
    ) => {
      const state = t(`publications.states.${publication.state}`);
      const on = publication.withdrawnAt ?? publication.publishedAt;
      return on
        ? t('publications.stateOn', { state, date: formatDateTime(String(on), language) })
        : state;
    },
  };
}
