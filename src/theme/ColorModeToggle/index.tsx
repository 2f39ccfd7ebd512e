// Docusaurus's swizzle point for the light/dark switch: the control lives in src/controls/color-mode/.
export {default} from '@site/src/controls/color-mode/ColorModeToggle';
