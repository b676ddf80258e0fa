/**
 * The unit tests as Stryker runs them, once per mutant: all but those that test through child
 * processes (zips from git, web-ext lint, the size of fresh builds). A mutant is active only in
 * Stryker's own process, so those could not kill one, and the zips need a git checkout that
 * Stryker's copy of the project is not.
 */
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import unit from '../unit/vitest.config.ts';

export default mergeConfig(
  unit,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, 'test/unit/package.test.ts', 'test/unit/firefox.test.ts', 'test/unit/budgets.test.ts'],
    },
  }),
);
