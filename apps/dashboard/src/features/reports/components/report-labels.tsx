import {
  REPORT_AUDIENCE_LABELS,
  REPORT_STATE_LABELS,
  ReportAudience,
  ReportState,
  type Language,
} from '@cynnydd/shared/domain';

import type {
  ReportAudience as AudienceValue,
  ReportState as StateValue,
} from '../../../gql/graphql';
import { useLanguage } from '../../../ui/use-language';

export const AUDIENCES: AudienceValue[] = ['OPERATIONAL_GROUP', 'OVERSIGHT_BOARD', 'JOINT_BOARD'];

export function audienceLabel(audience: AudienceValue, language: Language): string {
  return REPORT_AUDIENCE_LABELS[ReportAudience[audience]][language];
}

export function isAudience(value: string | null): value is AudienceValue {
  return AUDIENCES.includes(value as AudienceValue);
}

/** Draft or issued, as a tag with the word (a draft is grey, issued is blue). */
export function ReportStateTag({ state }: { state: StateValue }) {
  const language = useLanguage();
  return (
    <strong className={`govuk-tag ${state === 'ISSUED' ? 'govuk-tag--blue' : 'govuk-tag--grey'}`}>
      {REPORT_STATE_LABELS[ReportState[state]][language]}
    </strong>
  );
}
