// doiuse ships its types outside its package exports; this is the part we use.
declare module 'doiuse' {
  import type { ChildNode, Plugin } from 'postcss';
  interface Usage {
    /** The caniuse feature, e.g. "css-logical-props". */
    feature: string;
    /** The declaration or rule that uses it. */
    usage: ChildNode;
    message: string;
  }
  interface Options {
    browsers?: string[];
    ignore?: string[];
    onFeatureUsage?: (usage: Usage) => void;
  }
  export default function doiuse(options: Options): Plugin;
}
