/** Set by src/admin/editor-bundle.ts: where /admin/ loads the editor's script from. */
interface ImportMetaEnv {
  readonly ADMIN_EDITOR_SCRIPT: string;
}
