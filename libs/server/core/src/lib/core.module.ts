import { Global, Module } from '@nestjs/common';

import { GraphqlRequestsInFlightPlugin, RequestsInFlight } from './http/requests-in-flight';
import { Clock, SystemClock } from './time/clock';

/** Cross-cutting providers every domain module may inject. */
@Global()
@Module({
  providers: [
    { provide: Clock, useClass: SystemClock },
    RequestsInFlight,
    GraphqlRequestsInFlightPlugin,
  ],
  exports: [Clock, RequestsInFlight],
})
export class CoreModule {}
