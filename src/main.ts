import KeepInTouchPlugin from "./obsidian/plugin";

export default KeepInTouchPlugin;
