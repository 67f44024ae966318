// Mutation testing runs the domain tests once per mutant: fewer property-test runs there (the invariants
// still run on every mutant they cover), so a full run fits a 2-core machine. `npm test` keeps fast-check's
// default of 100 runs.
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 12 });
