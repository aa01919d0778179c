import { z } from 'zod';

/**
 * zod, set to run without code generation. Its compiled validators (and the
 * probe that checks whether it may compile) use `new Function`, which the
 * page's Content-Security-Policy forbids: the browser reports each attempt
 * as a violation. The setting takes effect for schemas built after it, so
 * every module that builds a schema imports zod from here.
 */
z.config({ jitless: true });

export { z };
