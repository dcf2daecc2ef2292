import type { BilingualText } from '@cynnydd/shared/domain';

import { LocalisedText } from '../../../ui/localised-text';

/**
 * A bilingual text that may be empty, with its line breaks kept; `none` when it is. The caller
 * words `none` once for its whole table, so a row does no translating of its own.
 */
export function GivenText({
  value,
  none,
}: {
  value: BilingualText | null | undefined;
  none: string;
}) {
  if (!value || (!value.en?.trim() && !value.cy?.trim())) {
    return <span className="app-fallback-marker">{none}</span>;
  }
  return (
    <span className="app-preserve-lines">
      <LocalisedText value={value} />
    </span>
  );
}
