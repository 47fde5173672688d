/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Work in these tests is real (React renders, workbook round trips): on a loaded 2-core machine
  // jest's 5 s default is reached by slowness, not by a hang.
  testTimeout: 60000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Browser tests drive real Chromium and run in their own step (npm run test:browser); tests
  // against ../shared run only from .ci/run (npm run check:shared, test/shared/jest.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/', '<rootDir>/test/shared/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};
