import type { ReactNode } from 'react';

import { ErrorSummary, type ErrorItem } from './error-summary';
import { FocusPanel } from './focus-panel';

/**
 * A short form in a FocusPanel: its errors summarised above it; on submit, `save` runs and, once
 * it says it saved, `onDone`.
 */
export function FormPanel({
  id,
  heading,
  errors,
  save,
  onDone,
  children,
}: {
  id: string;
  heading: string;
  errors: ErrorItem[];
  save: () => Promise<boolean>;
  onDone: () => void;
  children: ReactNode;
}) {
  return (
    <FocusPanel id={id} heading={heading} level={3} size="s">
      <ErrorSummary errors={errors} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save().then((saved) => saved && onDone());
        }}
      >
        {children}
      </form>
    </FocusPanel>
  );
}
