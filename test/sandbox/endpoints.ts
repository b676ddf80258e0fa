/** Where the local Zoho sandbox listens: declared with the build that points at it. */
export * from '../../build/sandbox-env.ts';
