import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LANGUAGES } from './lib/languages';

// content/guide/<lang>/<slug>.md; the README beside the language folders is not a page.
const guide = defineCollection({
  loader: glob({ pattern: `{${LANGUAGES.join(',')}}/**/*.md`, base: './content/guide' }),
  schema: z.object({ title: z.string(), description: z.string().max(160) }),
});

export const collections = { guide };
