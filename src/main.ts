import KeepInTouchPlugin from "./plugin/plugin";

export default KeepInTouchPlugin;
