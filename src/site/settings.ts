import { readSettings } from '../core/settings.ts';

/**
 * This deployment's settings (SITE_URL, ARCHIVE_CONTACT, ARCHIVE_LICENSE), read from the
 * environment of the build. `scripts/build.ts` has already checked them and said what is
 * missing; the site's address reaches the pages through Astro (`import.meta.env.SITE`).
 */
export const { contact, licence } = readSettings(process.env);
