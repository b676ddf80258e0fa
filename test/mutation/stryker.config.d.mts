/** The types of stryker.config.mjs, which Stryker loads as plain JavaScript and scores.ts imports. */
import type { PartialStrykerOptions } from '@stryker-mutator/api/core';

export const MODULES: readonly { readonly name: string; readonly files: readonly string[] }[];
export const LEAST_SCORE: number;
export const REPORT: string;
declare const config: PartialStrykerOptions;
export default config;
