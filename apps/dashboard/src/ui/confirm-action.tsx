import type { ReactNode } from 'react';

import { FocusPanel } from './focus-panel';
import { WarningText } from './warning-text';

interface Props {
  /** The heading's id, which labels the panel. */
  id: string;
  heading: string;
  level?: 2 | 3;
  size?: 'm' | 's';
  /** What cannot easily be undone, shown as GOV.UK warning text above the rest. */
  warning?: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** A red confirm button, for closing things. */
  destructive?: boolean;
  /** Set while the confirmed request is under way: the confirm button is disabled. */
  busy: boolean;
  /** Disables cancel too, where leaving mid-request would hide its outcome. */
  cancelDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before doing something: a focused panel with what it does, confirm and cancel. */
export function ConfirmAction({
  warning,
  children,
  confirmLabel,
  cancelLabel,
  destructive,
  busy,
  cancelDisabled,
  onConfirm,
  onCancel,
  ...panel
}: Props) {
  return (
    <FocusPanel {...panel}>
      {warning && <WarningText>{warning}</WarningText>}
      {children}
      <div className="govuk-button-group">
        <button
          type="button"
          className={destructive ? 'govuk-button govuk-button--warning' : 'govuk-button'}
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={cancelDisabled}
          onClick={onCancel}
        >
          {cancelLabel}
        </button>
      </div>
    </FocusPanel>
  );
}
