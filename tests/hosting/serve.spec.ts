import {startServeMjs} from './servers';
import {hostingSuite} from './suite';

hostingSuite('serve.mjs', startServeMjs);
