// Guide pages write site links as /LANG/...; this fills in the page's own language,
// taken from its folder (content/guide/<lang>/...), so translations keep identical links.
import { visit } from 'unist-util-visit';

const LANG_FOLDER = /content\/guide\/([a-z]{2})\//;

/** @returns {(tree: import('hast').Root, file: import('vfile').VFile) => void} */
export default function rehypeLangLinks() {
  return (tree, file) => {
    const lang = LANG_FOLDER.exec(String(file.path ?? file.history[0] ?? ''))?.[1];
    if (!lang) return;
    // Raw HTML blocks (the login chooser) stay text until the page is written out.
    visit(tree, 'raw', (node) => {
      node.value = node.value.replaceAll('href="/LANG/', `href="/${lang}/`);
    });
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (typeof href === 'string' && href.startsWith('/LANG/')) node.properties.href = `/${lang}/${href.slice(6)}`;
    });
  };
}
