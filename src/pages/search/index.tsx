// The results page's route (Docusaurus's pages plugin): the control lives in src/controls/search-page/.
export {default} from '@site/src/controls/search-page/SearchPage';
