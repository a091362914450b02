/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  globalSetup: '<rootDir>/src/__tests__/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/__tests__/support/global-teardown.ts',
  // Each worker holds its own embedded PostgreSQL (~0.7 GB); two fit this machine's two cores.
  maxWorkers: 2,
  testTimeout: 30000,
};
