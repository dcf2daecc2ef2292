import 'i18next';

import type legal from '../features/legal/i18n/en.json';
import type meetings from '../features/meetings/i18n/en.json';
import type partnership from '../features/partnership/i18n/en.json';
import type publications from '../features/publications/i18n/en.json';
import type reports from '../features/reports/i18n/en.json';
import type en from './en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    // A feature's own messages (added with its pages: useFeatureTranslations) are typed too.
    resources: {
      translation: typeof en &
        typeof legal &
        typeof meetings &
        typeof partnership &
        typeof publications &
        typeof reports;
    };
  }
}
