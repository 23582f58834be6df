/** The architecture's rules, checked: apps meet only through libs, and domains stay pure. */
module.exports = {
  forbidden: [
    {
      name: 'no-app-imports-another-app',
      comment: 'Apps meet only through libs/contracts. The one-process launcher is the only composition root.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/', pathNot: '^apps/all-in-one/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'domain-imports-no-infrastructure',
      comment: 'A domain layer knows no framework, ORM or broker.',
      severity: 'error',
      from: { path: '/domain/' },
      to: { path: '(node_modules/(@nestjs|typeorm|kafkajs|pg)/)|/infrastructure/|/http/|/messaging/' },
    },
    {
      name: 'libs-import-no-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^dist/|\\.spec\\.ts$)' },
  },
};
