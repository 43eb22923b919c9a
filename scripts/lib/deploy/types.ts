/** What the deploy targets take and give back. */

export interface Log {
  info(message: string): void;
  /** Tool output in full, for --verbose. */
  debug?: (message: string) => void;
}

export interface DeployOptions {
  log: Log;
  /** Print what would be done, change nothing. */
  dryRun: boolean;
}

export interface DeployResult {
  release: string;
  /** The release that was live before, if any. */
  previous: string | undefined;
  /** Files sent (new or changed). */
  uploaded: number;
  removedReleases: string[];
  dryRun: boolean;
}

export interface RollbackResult {
  from: string;
  to: string;
  dryRun: boolean;
}
