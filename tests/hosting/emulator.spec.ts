import {startEmulator} from './servers';
import {hostingSuite} from './suite';

hostingSuite('emulator', startEmulator);
