import type { APIRoute, GetStaticPaths } from 'astro';
import { nameIndex } from '../../../core/views/name-index.ts';
import { loadArchive } from '../../../site/archive.ts';

/**
 * The name index, `search/names/<file>.json`: a few thousand small files at 50,000 testimonies
 * (see `core/views/name-index.ts`), made once and written as they are.
 */
export const getStaticPaths = (async () => [...nameIndex(await loadArchive())].map(([file, body]) => ({ params: { file }, props: { body } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': 'application/json' } });
