// Checks that need ../shared (the spec's examples, the manifest XSDs); run by .ci/run after npm test.
const base = require('../../jest.config.js');
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: '../..',
  roots: ['<rootDir>/test/shared'],
  testPathIgnorePatterns: ['/node_modules/'],
  passWithNoTests: true,
};
