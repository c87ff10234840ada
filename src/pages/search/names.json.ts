import type { APIRoute } from 'astro';
import { searchNames } from '../../core/views/indexes.ts';
import { loadArchive } from '../../site/archive.ts';

/**
 * The names of people, camps, places and organisations, for suggesting the closest known
 * names when a search finds nothing. Loaded only then.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(searchNames(await loadArchive())), { headers: { 'Content-Type': 'application/json' } });
