import { useEffect } from 'react';

/** The class that hides the header, navigation and footer so only the report prints. */
export const PRINT_MODE_CLASS = 'app-print-mode';

/** While `on`, the page shows the report alone, as it prints (and as the PDF export is made). */
export function usePrintMode(on: boolean): void {
  useEffect(() => {
    if (!on) return undefined;
    document.body.classList.add(PRINT_MODE_CLASS);
    return () => document.body.classList.remove(PRINT_MODE_CLASS);
  }, [on]);
}
