import type { Server } from 'node:http';
export function buildIfNeeded(log?: (message: string) => void): void;
export function isStale(): boolean;
/** Serves a built web folder (default dist/web) on 127.0.0.1; port 0 picks a free one. */
export function serve(port: number, dir?: string): Promise<{ server: Server; url: string }>;
