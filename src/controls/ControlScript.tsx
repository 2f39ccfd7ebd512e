import type {ReactNode} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';

/** What plugins/islands.ts gives the pages: the URL of each control that loads on its own pages only. */
export interface IslandsData {
  scripts: Record<string, string>;
}

/**
 * The script of a control that only some pages carry (`src/controls/<name>/<name>.ts`, which the
 * every-page entry does not import): the page that renders its markup renders this too, so the
 * page loads it and no other page does. Development builds have no controls (plugins/islands.ts).
 */
export default function ControlScript({name}: {name: string}): ReactNode {
  const {scripts} = usePluginData('islands') as IslandsData;
  if (process.env.NODE_ENV !== 'production') return null;
  const src = scripts[name];
  if (!src)
    throw new Error(
      `ControlScript: no script "${name}": src/controls/${name}/${name}.ts is missing, or the every-page entry (src/controls/index.ts) imports it`,
    );
  return <script type="module" src={src} />;
}
