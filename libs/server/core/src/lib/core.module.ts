import { Global, Module } from '@nestjs/common';

import {
  GraphqlRequestsInFlightPlugin,
  HttpRequestsInFlightInterceptor,
  RequestsInFlight,
} from './http/requests-in-flight';
import { Clock, SystemClock } from './time/clock';

/** Cross-cutting providers every domain module may inject. */
@Global()
@Module({
  providers: [
    { provide: Clock, useClass: SystemClock },
    RequestsInFlight,
    GraphqlRequestsInFlightPlugin,
    HttpRequestsInFlightInterceptor,
  ],
  exports: [Clock, RequestsInFlight, HttpRequestsInFlightInterceptor],
})
export class CoreModule {}
