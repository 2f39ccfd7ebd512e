/**
 * "What changed": Docusaurus's blog plugin, configured as the guide's dated list of changes, with
 * an RSS and an Atom feed per locale (docusaurus.config.ts gives its options). It is the plugin
 * itself, extended the way Docusaurus documents it (all its properties kept), with one change: the
 * head links that announce the feeds. The plugin titles them "<title> RSS Feed" in every language;
 * a French page announces its French feeds in French. tests/e2e/changes.spec.ts checks the built
 * head of every page, so an upgrade that renames the hook or the feed files fails there.
 */
import blogPlugin, {validateOptions} from '@docusaurus/plugin-content-blog';
import type {Options as BlogUserOptions, PluginOptions} from '@docusaurus/plugin-content-blog';
import type {LoadContext, OptionValidationContext, Plugin, PluginModule} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';

/** The names of the feeds in the head's links (in the locale's language), per feed type. */
export interface FeedLinkTitles {
  rss: string;
  atom: string;
}

type Options = PluginOptions & {feedLinkTitles: FeedLinkTitles};

const FEEDS = {
  rss: {type: 'application/rss+xml', file: 'rss.xml'},
  atom: {type: 'application/atom+xml', file: 'atom.xml'},
} as const;

// Options typed `unknown` as Docusaurus passes them to a plugin of the config; validateOptions below has checked them.
export default async function changes(context: LoadContext, validated: unknown): Promise<Plugin> {
  const {feedLinkTitles, ...options} = validated as Options;
  const plugin = await blogPlugin(context, options);
  // The config's plugin list takes plugins of unknown content; this one's content is the blog plugin's own.
  return {
    ...(plugin as Plugin),
    injectHtmlTags() {
      return {
        headTags: (Object.keys(FEEDS) as (keyof typeof FEEDS)[]).map((feed) => ({
          tagName: 'link',
          attributes: {
            rel: 'alternate',
            type: FEEDS[feed].type,
            href: normalizeUrl([context.baseUrl, options.routeBasePath, FEEDS[feed].file]),
            // No hreflang: search engines read link[rel=alternate][hreflang] as the page's translations,
            // which need absolute addresses (Lighthouse's SEO audit); each feed declares its language.
            title: feedLinkTitles[feed],
          },
        })),
      };
    },
  };
}

/** The blog plugin's own option rules, with our one option set aside (Docusaurus types this hook generically, hence the cast). */
changes.validateOptions = (({validate, options}: OptionValidationContext<BlogUserOptions | undefined, PluginOptions>): Options => {
  const {feedLinkTitles, ...blogOptions} = (options ?? {}) as BlogUserOptions & {feedLinkTitles?: FeedLinkTitles};
  if (!feedLinkTitles?.rss || !feedLinkTitles.atom) throw new Error('[changes] feedLinkTitles needs an "rss" and an "atom" title');
  return {...validateOptions({validate, options: blogOptions}), feedLinkTitles};
}) as NonNullable<PluginModule['validateOptions']>;
