// Docusaurus's swizzle point for the navbar search: the control lives in src/controls/search-box/.
export {default} from '@site/src/controls/search-box/SearchBox';
