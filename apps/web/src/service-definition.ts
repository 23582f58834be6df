import type { ServiceDefinition } from '@rehab/platform';
import express from 'express';
import { join } from 'node:path';
import { WebModule } from './web.module';

export const webService: ServiceDefinition = {
  name: 'web',
  title: 'Web pages',
  description:
    'The pages people work in: the meeting calendar and agenda, the dossier, the live meeting, the department ' +
    'work queues, the decision maker’s queue, the GP inbox and the statistics. It holds no domain data: it reads ' +
    'and writes through the other services’ APIs.',
  schema: 'web',
  defaultPort: 3000,
  modules: [WebModule],
  entities: [],
  migrations: [],
  http: {
    globalPrefix: '',
    configure(app) {
      app.use(express.urlencoded({ extended: false, limit: '256kb' }));
      app.use('/assets', express.static(join(__dirname, 'assets'), { maxAge: '1h', index: false }));
    },
  },
};
