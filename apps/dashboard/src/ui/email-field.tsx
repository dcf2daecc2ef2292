import type { ComponentProps } from 'react';

import { TextField } from './text-field';

/** An email address: typed as one (a phone shows its email keyboard), never spell-checked. */
export function EmailField(props: Omit<ComponentProps<typeof TextField>, 'type' | 'spellCheck'>) {
  return <TextField autoComplete="email" {...props} type="email" spellCheck={false} />;
}
