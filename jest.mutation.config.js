// Jest config for mutation testing (npm run test:mutation): only the pure domain tests, node environment,
// ts-jest without type checks (Stryker's mutants need not type-check), so each mutant runs in seconds;
// fewer fast-check runs per property (test/domain/support/fastCheckForMutation.ts).
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/domain/**/*.test.ts'],
  setupFiles: ['<rootDir>/test/domain/support/fastCheckForMutation.ts'],
};
