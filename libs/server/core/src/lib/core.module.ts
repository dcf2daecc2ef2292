import { Global, Module } from '@nestjs/common';

import { Clock, SystemClock } from './time/clock';

/** Cross-cutting providers every domain module may inject. */
@Global()
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }],
  exports: [Clock],
})
export class CoreModule {}
