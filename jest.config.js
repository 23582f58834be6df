/** Three kinds of test: unit (no I/O), integration (real PostgreSQL and Kafka) and end-to-end (whole processes). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const shared = {
  // NestJS 12, zod 4 and PGlite ship ES modules only; Node 20 loads them from CommonJS at run
  // time, but Jest's module runtime cannot, so Jest compiles them to CommonJS once (cached).
  transform: { '^.+\\.(ts|js|mjs)$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|zod|@electric-sql|@scarf|jose)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@rehab/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@rehab/department-contributions$': '<rootDir>/libs/department-contributions/src/index.ts',
    '^@rehab/messaging$': '<rootDir>/libs/messaging/src/index.ts',
    '^@rehab/platform$': '<rootDir>/libs/platform/src/index.ts',
  },
  testEnvironment: 'node',
  rootDir: __dirname,
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    // Starts its own PostgreSQL and Kafka, because it crashes and restarts them.
    { ...shared, displayName: 'fault', testMatch: ['<rootDir>/test/fault/**/*.fault-spec.ts'] },
  ],
};
