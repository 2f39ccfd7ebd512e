// Docusaurus's swizzle point for the 404 page's content: the control lives in src/controls/not-found/.
export {default} from '@site/src/controls/not-found/NotFoundContent';
