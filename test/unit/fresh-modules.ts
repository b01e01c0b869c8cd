import { vi } from 'vitest';

/**
 * The unit projects reuse one worker for many spec files (isolate: false in
 * vitest.config.ts), which saves a process spawn per file. Without this, the
 * project's own modules would be shared too: a cache one spec filled (the
 * imported lists' revision cache in src/background/active-lists.ts) answered
 * another spec that had just written different storage, and passed or failed
 * by file order. Every spec file therefore gets its modules evaluated afresh,
 * as it did in its own worker. Runs before WXT's setup file, so the fake
 * browser that file stubs as the global is the one the spec imports.
 */
vi.resetModules();
