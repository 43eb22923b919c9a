/**
 * Where the web editor (/admin/) saves articles in production: the git
 * forge that holds this repository. This is the one place to change it
 * (see docs/编辑指南.md, “网页编辑器”, for the OAuth application and who
 * may log in).
 *
 * Decap CMS talks to the forge from the editor's browser and logs in with
 * OAuth (PKCE: no server of ours in between). Its editorial workflow
 * (草稿 → 待审核 → 待发布, one branch and merge request per article) works
 * with Forgejo, GitLab and GitHub; Decap's Gitea backend has no editorial
 * workflow, so a Gitea server is used through Forgejo's API only if it is
 * Forgejo. GitHub needs an OAuth proxy of its own (`base_url`), so Forgejo or
 * GitLab is the simpler choice for a department's own server.
 *
 * Running `npm run editor` ignores this file: the local backend
 * (decap-server) writes straight into the working copy.
 */
export interface ProductionBackend {
  /** Decap backend: 'forgejo' | 'gitlab' | 'github'. */
  name: 'forgejo' | 'gitlab' | 'github';
  /** owner/name of the repository on the forge. */
  repo: string;
  /** The branch the site is built from; published articles are merged into it. */
  branch: string;
  /** The forge's API, e.g. https://git.example.gov.cn/api/v1 (Forgejo) or https://gitlab.example.gov.cn/api/v4 (GitLab). */
  api_root: string;
  /** GitLab: the forge's address, for its OAuth pages. GitHub: the OAuth proxy's address. */
  base_url?: string;
  /** GitLab: 'pkce' (OAuth without a server of ours). */
  auth_type?: 'pkce';
  /** The client id of the OAuth application made on the forge for this editor. */
  app_id: string;
}

export const productionBackend: ProductionBackend = {
  name: 'forgejo',
  repo: 'xuanchuanbu/shizhong-news',
  branch: 'main',
  api_root: 'https://git.shizhong.example/api/v1',
  app_id: 'REPLACE-WITH-THE-OAUTH-CLIENT-ID',
};
